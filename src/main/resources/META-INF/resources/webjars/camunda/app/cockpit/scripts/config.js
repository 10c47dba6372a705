/*
 * Trekant's Cockpit configuration (replaces the webjar's scripts/config.js; format of Camunda 7.24).
 * Danish for the login, the header and the views a leader uses; every label locales/da.json does
 * not translate falls back to English, key by key (fallbackLocale 'en').
 */
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Trekant'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
