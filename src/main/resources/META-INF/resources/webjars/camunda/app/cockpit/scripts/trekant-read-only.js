/*
 * Cockpit offers to edit, delete and add process variables to everyone who can read them (its
 * variable table is editable whatever the user's authorizations). The engine refuses those changes
 * to whoever lacks UPDATE_VARIABLE (leaders read; see IdentityBootstrap), so buttons that can only
 * fail are hidden: the user's own authorization is asked once, and without it the page is marked
 * read-only (user-styles.css hides the variable actions).
 */

const base = document.querySelector('base');
const engineApi = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';

// Any of these lets a user change a process instance's variables (Camunda 7 authorization model).
const EDIT_VARIABLES = [
  ['UPDATE_VARIABLE', 'ProcessInstance', 8],
  ['UPDATE', 'ProcessInstance', 8],
  ['UPDATE_INSTANCE_VARIABLE', 'ProcessDefinition', 6],
  ['UPDATE_INSTANCE', 'ProcessDefinition', 6]
];

async function mayEditVariables() {
  const answers = await Promise.all(EDIT_VARIABLES.map(async ([permission, resource, type]) => {
    const query = new URLSearchParams({ permissionName: permission, resourceName: resource, resourceType: type, resourceId: '*' });
    const response = await fetch(`${engineApi}engine/default/authorization/check?${query}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    });
    return response.ok && (await response.json()).authorized === true;
  }));
  return answers.some(Boolean);
}

// Read-only until the answer says otherwise: a leader never sees a button flash up.
document.documentElement.classList.add('trekant-read-only');

function check() {
  mayEditVariables().then((may) => {
    document.documentElement.classList.toggle('trekant-read-only', !may);
  }).catch(() => {
    // not logged in yet (401): ask again after the login
    setTimeout(check, 2000);
  });
}
check();
window.addEventListener('hashchange', () => {
  if (document.documentElement.classList.contains('trekant-read-only')) {
    check();
  }
});

// The variable table's header "Actions" is an English literal in Camunda's template, not a label.
function danishActionsHeader() {
  document.querySelectorAll('[cam-widget-variables-table] thead .actions').forEach((cell) => {
    if (cell.textContent.trim() === 'Actions') {
      cell.textContent = 'Handlinger';
    }
  });
}
new MutationObserver(danishActionsHeader).observe(document.documentElement, { childList: true, subtree: true });

export default [];
