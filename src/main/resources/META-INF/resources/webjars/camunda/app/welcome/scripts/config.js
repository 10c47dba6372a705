/*
 * Trekant's Welcome configuration (replaces the webjar's scripts/config.js; format of Camunda 7.24).
 * With single sign-on, "Log ud" also ends the session at the identity provider (trekant-single-logout).
 */
export default {
  customScripts: ['../../assets/trekant-single-logout']
};
