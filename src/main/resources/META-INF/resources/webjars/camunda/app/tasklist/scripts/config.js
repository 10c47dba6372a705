/*
 * Trekant's Tasklist configuration (replaces the webjar's scripts/config.js; format of Camunda 7.24).
 * Danish is the default; English stays available for browsers that ask for it first.
 */
export default {
  app: {
    name: 'Opgaver',
    vendor: 'Trekant'
  },
  // moment.js formats; the Danish ones (e.g. 3. marts 2026 kl. 14:05) come from locales/da.json.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  // The welcome page is not part of the staff's work.
  disableWelcomeMessage: true,
  // Danish date pickers (Tasklist's and form-js') and form-js' validation messages in Danish.
  // The "Sag" tab on every task (trekant-case: the case file from /api/staff).
  // With single sign-on, "Log ud" also ends the session at the identity provider (trekant-single-logout).
  customScripts: ['scripts/trekant-danish', 'scripts/trekant-case', '../../assets/trekant-single-logout'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'sætter fokus på det første filter i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sætter fokus på den første opgave i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sætter fokus på det første felt i opgavens formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner dialogen til at starte en proces'
    }
  }
};
