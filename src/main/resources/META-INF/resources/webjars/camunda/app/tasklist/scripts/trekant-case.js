/*
 * The "Sag" tab on every task (a Tasklist plugin at the plugin point tasklist.task.detail, loaded by
 * config.js as a customScript, served by Trekant itself): the case the task belongs to, read from
 * Trekant's staff case API (/api/staff/tasks/{taskId}/case) with the staff member's Tasklist login
 * (the header X-Trekant-Webapp marks the call as the webapp's; see WebappSessionAuthenticationFilter).
 *
 * The script also sorts the task lists by due date (see sortByDueDate).
 *
 * Everything read is written as text (textContent), never as markup: incident descriptions come from
 * partners and may hold anything. Documents open in a sandboxed frame (no scripts, no same origin).
 */

const root = window.location.pathname.split('/camunda/')[0];
const API = `${root}/api/staff`;
const HEADERS = { Accept: 'application/json, text/html, application/pdf', 'X-Trekant-Webapp': '1' };

const DATE = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen'
});

function date(value) {
  return value ? DATE.format(new Date(value)) : '—';
}

function dateTime(value) {
  return value ? DATE_TIME.format(new Date(value)) : '—';
}

/** An element with attributes and children; strings become text nodes. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === '') {
      return;
    }
    element.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  });
  return element;
}

function table(headers, rows) {
  return el('table', { class: 'table table-condensed trekant-case-table' },
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell))))));
}

function section(title, content, emptyText) {
  const empty = Array.isArray(content) && content.length === 0;
  return el('section', { class: 'trekant-case-section' }, el('h4', {}, title),
    empty ? el('p', { class: 'text-muted' }, emptyText) : content);
}

function taskQuery(taskId) {
  return taskId ? `?taskId=${encodeURIComponent(taskId)}` : '';
}

async function get(path) {
  const response = await fetch(`${API}${path}`, { credentials: 'same-origin', headers: HEADERS });
  if (!response.ok) {
    const error = new Error(`HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response;
}

function openDocument(view, doc, taskId, target) {
  get(`/cases/${encodeURIComponent(doc.caseNumber)}/documents/${encodeURIComponent(doc.id)}${taskQuery(taskId)}`)
    .then((response) => response.text())
    .then((html) => {
      const frame = el('iframe', { class: 'trekant-case-document', title: doc.title, sandbox: '' });
      frame.srcdoc = html;
      target.replaceChildren(el('div', {},
        el('button', { type: 'button', class: 'btn btn-default btn-xs' }, 'Luk dokument')), frame);
      target.querySelector('button').addEventListener('click', () => target.replaceChildren());
    })
    .catch(() => target.replaceChildren(el('p', { class: 'text-danger' }, 'Dokumentet kunne ikke åbnes.')));
}

function downloadPdf(doc, taskId, target) {
  get(`/cases/${encodeURIComponent(doc.caseNumber)}/documents/${encodeURIComponent(doc.id)}/pdf${taskQuery(taskId)}`)
    .then((response) => response.blob())
    .then((blob) => {
      const link = el('a', { href: URL.createObjectURL(blob), download: `${doc.title}.pdf` });
      document.body.appendChild(link);
      link.click();
      link.remove();
    })
    .catch(() => target.replaceChildren(el('p', { class: 'text-danger' }, 'PDF-filen kunne ikke hentes.')));
}

function render(node, view, taskId) {
  const person = view.person;
  const documentArea = el('div', { class: 'trekant-case-document-area' });
  node.replaceChildren(el('div', { class: 'trekant-case', 'data-case-number': view.caseNumber },
    el('h3', {}, `${view.kind} ${view.caseNumber}`),
    section('Person', el('dl', { class: 'dl-horizontal' },
      el('dt', {}, 'Navn'), el('dd', { class: 'trekant-case-person-name' }, person.name),
      el('dt', {}, 'Fødselsdato'), el('dd', {}, date(person.dateOfBirth)),
      el('dt', {}, 'Skole'), el('dd', {}, person.school || '—'),
      el('dt', {}, 'CPR-nummer'), el('dd', {}, person.cprRegistered ? 'Registreret (vises ikke)' : 'Ikke oplyst'))),
    section(`Hændelser (${view.incidents.length})`, view.incidents.length === 0 ? [] : table(
      ['Dato', 'Kilde', 'Kategori', 'Rolle', 'Sted', 'Beskrivelse', 'Sag'],
      view.incidents.map((incident) => [dateTime(incident.occurredAt), incident.source, incident.category || '—',
        incident.role || '—', incident.place || '—', incident.description || '—', incident.caseNumber || '—'])),
    'Ingen hændelser.'),
    section('Sager', view.cases.length === 0 ? [] : table(
      ['Sag', 'Status', 'Åbnet', 'Hastegrad', 'Indsatsniveau', 'Beslutning', 'Frister', 'Lukket'],
      view.cases.map((line) => [
        el('span', {}, line.caseNumber, line.current ? el('span', { class: 'label label-info' }, ' denne sag') : null),
        `${line.kind}, ${line.status}`, date(line.openedAt), line.urgency || '—',
        line.decidedLevel || line.proposedLevel || '—', line.decision || '—',
        line.deadlines.length === 0 ? '—' : el('ul', { class: 'list-unstyled' },
          line.deadlines.map((deadline) => el('li', {}, `${deadline.task}: ${deadline.due ? date(deadline.due) : 'ingen frist'}`))),
        line.closedAt ? `${date(line.closedAt)}${line.outcome ? ` (${line.outcome})` : ''}` : '—'])),
    'Ingen sager.'),
    section('Forældresamtaler', view.dialogues.map((dialogue) => el('div', { class: 'trekant-case-dialogue' },
      el('h5', {}, `${dialogue.date || date(dialogue.recordedAt)} — ${dialogue.outcome} (${dialogue.caseNumber})`),
      el('dl', {},
        [['Sted', dialogue.place], ['Deltagere', dialogue.participants], ['Afdækning', dialogue.mapping],
          ['Ansvar', dialogue.accountability], ['Aftalte handlinger', dialogue.agreedActions],
          ['Opfølgning', dialogue.followUp]]
          .filter(([, value]) => value)
          .map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])))),
    'Ingen referater af forældresamtaler.'),
    section('Dokumenter', view.documents.length === 0 ? [] : table(['Dokument', 'Dato', 'Status', 'Sag', ''],
      view.documents.map((doc) => {
        const open = el('button', { type: 'button', class: 'btn btn-default btn-xs trekant-open-document' }, 'Åbn');
        const pdf = el('button', { type: 'button', class: 'btn btn-default btn-xs trekant-download-pdf' }, 'Hent PDF');
        open.addEventListener('click', () => openDocument(view, doc, taskId, documentArea));
        pdf.addEventListener('click', () => downloadPdf(doc, taskId, documentArea));
        return [`${doc.kind}: ${doc.title}`, dateTime(doc.createdAt), documentStatus(doc), doc.caseNumber,
          el('span', {}, open, ' ', pdf)];
      })), 'Ingen dokumenter.'),
    documentArea));
  maySearch().then((allowed) => {
    if (allowed && node.firstChild) {
      node.firstChild.appendChild(mergeSection(view));
    }
  }).catch(() => {});
}

/**
 * "Flet med anden person" (koordinator, leder): this record and the record of another case's person
 * are one person. The other case is named by its number; the API moves everything to the record kept.
 */
function mergeSection(view) {
  const result = el('div', { class: 'trekant-merge-result' });
  const form = el('form', { class: 'trekant-merge-form', hidden: '' },
    el('p', { class: 'text-muted' }, 'Hændelser og sager flyttes til den registrering, der bevares. Har begge en åben sag, '
      + 'fortsætter den valgte, og den anden lukkes med din begrundelse.'),
    field('Den anden persons sagsnummer', 'otherCase', 'text', 'KPT-2026-00001'),
    el('label', { class: 'trekant-find-field' }, 'Registrering der bevares',
      el('select', { class: 'form-control input-sm', name: 'keep' },
        el('option', { value: 'this' }, `Denne (${view.person.name})`),
        el('option', { value: 'other' }, 'Den anden sags person'))),
    el('label', { class: 'trekant-find-field' }, 'Begrundelse',
      el('textarea', { class: 'form-control input-sm', name: 'reason', maxlength: '2000', rows: '2' })),
    field('Kun hvis begge har en åben sag: sagen der fortsætter', 'keepCaseNumber', 'text', view.caseNumber),
    el('label', { class: 'trekant-find-field' }, 'Kun hvis begge har en åben sag: hvorfor lukkes den anden?',
      el('textarea', { class: 'form-control input-sm', name: 'closeReason', maxlength: '2000', rows: '2' })),
    el('button', { type: 'submit', class: 'btn btn-warning btn-sm' }, 'Flet'), result);
  const toggle = el('button', { type: 'button', class: 'btn btn-default btn-xs trekant-merge-open' }, 'Flet med anden person');
  toggle.addEventListener('click', () => { form.hidden = !form.hidden; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name].value.trim();
    try {
      const other = await (await get(`/cases/${encodeURIComponent(value('otherCase'))}`)).json();
      const here = view.person.id;
      const body = {
        keepPersonId: value('keep') === 'this' ? here : other.person.id,
        mergePersonId: value('keep') === 'this' ? other.person.id : here,
        reason: value('reason') || null,
        keepCaseNumber: value('keepCaseNumber') || null,
        closeReason: value('closeReason') || null
      };
      const response = await fetch(`${API}/person-merges`, {
        method: 'POST', credentials: 'same-origin',
        headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        result.replaceChildren(el('p', { class: 'text-success' }, `Flettet: ${answer.incidentsMoved} hændelser og `
          + `${answer.casesMoved} sager flyttet${answer.closedCaseNumber ? `, sag ${answer.closedCaseNumber} lukket` : ''}.`));
      } else {
        const fields = (answer.errors || []).map((error) => `${error.field}: ${error.message}`).join('; ');
        result.replaceChildren(el('p', { class: 'text-danger' }, `Ikke flettet (${response.status}): ${fields || answer.detail || ''}`));
      }
    } catch (error) {
      result.replaceChildren(el('p', { class: 'text-danger' }, error.status === 404 || error.status === 403
        ? 'Den anden sag findes ikke, eller du har ikke adgang til den.' : 'Fletningen mislykkedes.'));
    }
  });
  return section('Flet med anden person', el('div', {}, toggle, form), '');
}

/** Who approved an underretning; how and when a letter was sent (recorded by hand), or that it is not sent yet. */
function documentStatus(doc) {
  if (doc.approval) {
    return doc.approval;
  }
  if (doc.sentChannel) {
    return `Sendt ${date(doc.sentOn)}: ${doc.sentChannel}`;
  }
  return doc.kind === 'Informationsbrev til forældre' ? 'Ikke registreret som sendt' : '';
}

const caseTab = {
  id: 'trekant-case',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  label: 'Sag',
  properties: { label: 'Sag' },
  render: (node, { taskId }) => {
    node.replaceChildren(el('p', { class: 'text-muted' }, 'Henter sagen …'));
    get(`/tasks/${encodeURIComponent(taskId)}/case`)
      .then((response) => response.json())
      .then((view) => render(node, view, taskId))
      .catch((error) => {
        const text = error.status === 403 ? 'Du har ikke adgang til denne sag.'
          : error.status === 404 ? 'Opgaven hører ikke til en sag.' : 'Sagen kunne ikke hentes.';
        node.replaceChildren(el('p', { class: 'text-muted trekant-case-message' }, text));
      });
  }
};

/*
 * "Find sag" in the header, for coordinators and leaders (the API refuses everyone else; the entry
 * is shown only to members of those groups): by case number, by name and date of birth, or by CPR
 * number, which goes in the POST body, never in an address. A hit opens the case file in the panel.
 */
const engineApi = (document.querySelector('base') && document.querySelector('base').getAttribute('engine-api'))
  || `${root}/camunda/api/engine/`;
const adminApi = (document.querySelector('base') && document.querySelector('base').getAttribute('admin-api'))
  || `${root}/camunda/api/admin/`;

async function maySearch() {
  const me = await fetch(`${adminApi}auth/user/default`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!me.ok) {
    return false;
  }
  const { userId } = await me.json();
  const answer = await fetch(`${engineApi}engine/default/identity/groups?userId=${encodeURIComponent(userId)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    return false;
  }
  const groups = (await answer.json()).groups || [];
  return groups.some((group) => group.id === 'koordinator' || group.id === 'leder');
}

function field(label, name, type, placeholder) {
  return el('label', { class: 'trekant-find-field' }, label,
    el('input', { class: 'form-control input-sm', name, type, placeholder: placeholder || '', autocomplete: 'off' }));
}

function openFindPanel() {
  let panel = document.getElementById('trekant-find-case');
  if (panel) {
    panel.remove();
    return;
  }
  const results = el('div', { class: 'trekant-find-results' });
  const form = el('form', { class: 'trekant-find-form' },
    el('h3', {}, 'Find sag'),
    el('p', { class: 'text-muted' }, 'Søg på sagsnummer, på navn og fødselsdato eller på CPR-nummer.'),
    field('Sagsnummer', 'caseNumber', 'text', 'KPT-2026-00001'),
    el('div', { class: 'trekant-find-row' }, field('Navn', 'name', 'text', 'Fornavn Efternavn'),
      field('Fødselsdato', 'dateOfBirth', 'date')),
    field('CPR-nummer', 'cpr', 'password', 'ddmmåå-xxxx'),
    el('div', {},
      el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Søg'), ' ',
      el('button', { type: 'button', class: 'btn btn-default btn-sm trekant-find-close' }, 'Luk')),
    results);
  panel = el('div', { id: 'trekant-find-case', class: 'trekant-find-panel', role: 'dialog', 'aria-label': 'Find sag' }, form);
  document.body.appendChild(panel);
  form.querySelector('.trekant-find-close').addEventListener('click', () => panel.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(['caseNumber', 'name', 'dateOfBirth', 'cpr']
      .map((name) => [name, form.elements[name].value.trim()])
      .filter(([, value]) => value !== ''));
    fetch(`${API}/case-searches`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...HEADERS, 'Content-Type': 'application/json' },
      body: JSON.stringify(values)
    }).then(async (response) => {
      form.elements.cpr.value = '';
      if (response.status === 400) {
        results.replaceChildren(el('p', { class: 'text-danger' },
          'Udfyld ét af: sagsnummer; navn og fødselsdato; eller et gyldigt CPR-nummer.'));
        return;
      }
      if (!response.ok) {
        results.replaceChildren(el('p', { class: 'text-danger' }, 'Du kan ikke søge efter sager.'));
        return;
      }
      const hits = await response.json();
      if (hits.length === 0) {
        results.replaceChildren(el('p', { class: 'text-muted' }, 'Ingen sager fundet, som du har adgang til.'));
        return;
      }
      results.replaceChildren(el('ul', { class: 'list-unstyled' }, hits.map((hit) => {
        const open = el('a', { href: '#', class: 'trekant-find-hit' },
          `${hit.caseNumber} — ${hit.name} (${date(hit.dateOfBirth)}), ${hit.kind}, ${hit.status}`);
        open.addEventListener('click', (click) => {
          click.preventDefault();
          const view = el('div', {});
          results.replaceChildren(view);
          get(`/cases/${encodeURIComponent(hit.caseNumber)}`).then((r) => r.json()).then((file) => render(view, file, null))
            .catch(() => view.replaceChildren(el('p', { class: 'text-danger' }, 'Sagen kunne ikke hentes.')));
        });
        return el('li', {}, open);
      })));
    }).catch(() => results.replaceChildren(el('p', { class: 'text-danger' }, 'Søgningen mislykkedes.')));
  });
}

const findCase = {
  id: 'trekant-find-case',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    maySearch().then((may) => {
      if (!may) {
        return;
      }
      const link = el('a', { href: '#', class: 'trekant-find-open', role: 'button' }, el('span', { class: 'glyphicon glyphicon-search' }), ' Find sag');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        openFindPanel();
      });
      node.replaceChildren(link);
    }).catch(() => {});
  }
};

/*
 * Every task list sorted by due date, the earliest first, until the user picks another order:
 * Tasklist takes its order from the address (sorting=...), created-first when there is none.
 */
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortByDueDate() {
  const hash = window.location.hash;
  if (!(hash === '#/' || hash.startsWith('#/?')) || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  window.location.replace(`${hash}${separator}sorting=${encodeURIComponent(DUE_DATE_FIRST)}`);
}
sortByDueDate();
window.addEventListener('hashchange', sortByDueDate);

export default [caseTab, findCase];
