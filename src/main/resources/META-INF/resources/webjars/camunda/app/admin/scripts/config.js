/*
 * Trekant's Admin configuration (replaces the webjar's scripts/config.js; format of Camunda 7.24).
 * Danish for the login and the header; every label locales/da.json does not translate falls back
 * to English, key by key (fallbackLocale 'en').
 */
export default {
  app: {
    name: 'Administration',
    vendor: 'Trekant'
  },
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
