/*
 * Single logout from the webapps' "Log ud" (loaded by Tasklist, Cockpit, Admin and Welcome through
 * customScripts in their scripts/config.js).
 *
 * Camunda's "Log ud" posts to /camunda/api/admin/auth/user/<engine>/logout and then shows its login page.
 * With single sign-on on, Trekant ends its session there and names, in the answer's header
 * Trekant-Single-Logout, where the browser goes next (/logout: the identity provider's logout, then
 * Trekant's Danish signed-out page). With Camunda's local users (no single sign-on) the header is never
 * sent and Camunda's own logout is unchanged.
 */

const LOGOUT = /\/api\/admin\/auth\/user\/[^/?#]+\/logout$/;
const HEADER = 'Trekant-Single-Logout';

// Only an address on Trekant itself is followed (a path, never another host).
function follow(target) {
  if (target && target.charAt(0) === '/' && target.charAt(1) !== '/' && target.charAt(1) !== '\\') {
    window.location.assign(target);
  }
}

function isLogout(method, url) {
  try {
    return String(method).toUpperCase() === 'POST' && LOGOUT.test(new URL(String(url), window.location.href).pathname);
  } catch (e) {
    return false;
  }
}

// AngularJS' $http (the webapps' logout) uses XMLHttpRequest.
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (isLogout(method, url)) {
    this.addEventListener('load', function () {
      if (this.status === 200) {
        follow(this.getResponseHeader(HEADER));
      }
    });
  }
  return open.apply(this, arguments);
};

// For any logout made with fetch.
if (window.fetch) {
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    const method = (init && init.method) || (input instanceof Request ? input.method : 'GET');
    const url = input instanceof Request ? input.url : input;
    const answer = fetch.apply(this, arguments);
    if (isLogout(method, url)) {
      answer.then((response) => {
        if (response.status === 200) {
          follow(response.headers.get(HEADER));
        }
      }, () => {});
    }
    return answer;
  };
}

export default [];
