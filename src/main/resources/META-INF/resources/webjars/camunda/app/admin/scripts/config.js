/*
 * Trekant's Admin configuration (replaces the webjar's scripts/config.js; format of Camunda 7.24).
 * Danish throughout: locales/da.json translates every label of the 7.24 English locale (checked by
 * DanishLocaleTest); English stays available for browsers that ask for it first.
 */
export default {
  app: {
    name: 'Administration',
    vendor: 'Trekant'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  disableWelcomeMessage: true,
  // With single sign-on, "Log ud" also ends the session at the identity provider (trekant-single-logout).
  customScripts: ['../../assets/trekant-single-logout']
};
