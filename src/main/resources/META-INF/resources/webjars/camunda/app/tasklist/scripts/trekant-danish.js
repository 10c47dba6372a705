/*
 * Danish for the parts of Tasklist that its locale files do not reach (loaded by config.js as a
 * customScript, served by Trekant itself):
 *
 *  - Tasklist's own date pickers (follow-up and due date, AngularJS UI Bootstrap): they take month
 *    and day names and the first day of the week from AngularJS' $locale, which the webapp ships in
 *    English only (en-us: Sunday first).
 *  - Camunda Forms (form-js): its validation messages are English literals in its Validator, its
 *    date picker (flatpickr) is English, and its date format follows the browser's Intl format,
 *    which for Danish is d.M.yyyy (a typed 05.12.2026 came back as 5.12.2026 under a dd.mm.yyyy
 *    placeholder). Here the Validator's messages are translated, flatpickr gets the Danish locale
 *    (Monday first) and every form-js date field the format dd.mm.åååå, shown as typed.
 *
 * form-js is not global: its module is found in the webapp's webpack module table (by its
 * Validator's English message, not by a numeric id that changes between builds).
 */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];
const SHORT_MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const DAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const SHORT_DAYS = ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'];

export const DATE_PLACEHOLDER = 'dd.mm.åååå';
export const TIME_PLACEHOLDER = 'tt:mm';

// AngularJS' da locale (angular-i18n angular-locale_da.js), as far as dates and numbers go.
const ANGULAR_DA = {
  DATETIME_FORMATS: {
    AMPMS: ['AM', 'PM'],
    DAY: DAYS,
    ERANAMES: ['før Kristus', 'efter Kristus'],
    ERAS: ['f.Kr.', 'e.Kr.'],
    FIRSTDAYOFWEEK: 0, // AngularJS counts from Monday: 0 = Monday
    MONTH: MONTHS,
    SHORTDAY: SHORT_DAYS,
    SHORTMONTH: SHORT_MONTHS,
    STANDALONEMONTH: MONTHS,
    WEEKENDRANGE: [5, 6],
    fullDate: 'EEEE d. MMMM y',
    longDate: 'd. MMMM y',
    medium: 'd. MMM y HH.mm.ss',
    mediumDate: 'd. MMM y',
    mediumTime: 'HH.mm.ss',
    short: 'dd.MM.y HH.mm',
    shortDate: 'dd.MM.y',
    shortTime: 'HH.mm'
  },
  NUMBER_FORMATS: { CURRENCY_SYM: 'kr.', DECIMAL_SEP: ',', GROUP_SEP: '.' }
};

// flatpickr's da locale (flatpickr/dist/l10n/da.js) with Danish labels for its buttons.
const FLATPICKR_DA = {
  weekdays: { shorthand: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'], longhand: DAYS },
  months: { shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'], longhand: MONTHS },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Måned',
  hourAriaLabel: 'Time',
  minuteAriaLabel: 'Minut',
  time_24hr: true
};

// form-js' English validation messages (form-js-viewer's Validator) and their Danish wording.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must match pattern .*$/s, () => 'Feltet har ikke det rigtige format.'],
  [/^Field must have minimum value of (.*)\.$/, (n) => `Værdien skal være mindst ${n}.`],
  [/^Field must have maximum value of (.*)\.$/, (n) => `Værdien må højst være ${n}.`],
  [/^Field must have minimum length of (.*)\.$/, (n) => `Feltet skal have mindst ${n} tegn.`],
  [/^Field must have maximum length of (.*)\.$/, (n) => `Feltet må højst have ${n} tegn.`],
  [/^Field must be a valid +international phone number.*$/, () => 'Feltet skal være et telefonnummer med landekode (f.eks. +4543591000).'],
  [/^Field must be a valid email\.$/, () => 'Feltet skal være en gyldig e-mailadresse.'],
  [/^Value is not a number\.$/, () => 'Værdien skal være et tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Værdien skal være et helt tal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `Værdien må højst have ${n} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (a, b) => `Vælg en gyldig værdi; de to nærmeste er ${a} og ${b}.`]
];

export function danishMessage(message) {
  for (const [pattern, danish] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return danish(...match.slice(1));
    }
  }
  return message;
}

function danishValidator(validator) {
  if (!validator || validator.trekantDanish) {
    return;
  }
  for (const method of ['validateField', 'validateFieldInstance']) {
    const english = validator[method];
    if (typeof english === 'function') {
      validator[method] = function (...args) {
        return english.apply(this, args).map(danishMessage);
      };
    }
  }
  validator.trekantDanish = true;
}

function formJsModule() {
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  let found = null;
  // A chunk of no modules whose entry receives the webpack require function.
  chunks.push([['trekant-danish-' + Date.now()], {}, (require) => {
    const id = Object.keys(require.m).find((key) => {
      const source = Function.prototype.toString.call(require.m[key]);
      return source.includes('"Field is required."') && source.includes('createForm');
    });
    found = id === undefined ? null : require(id);
  }]);
  return found;
}

function danishForms() {
  const formJs = formJsModule();
  const Form = formJs && formJs.Form;
  if (!Form || Form.prototype.trekantDanish) {
    return;
  }
  const importSchema = Form.prototype.importSchema;
  Form.prototype.importSchema = function (...args) {
    danishValidator(this.get('validator'));
    return importSchema.apply(this, args);
  };
  Form.prototype.trekantDanish = true;
}

function danishDatePicker() {
  const flatpickr = window.flatpickr;
  if (!flatpickr) {
    return;
  }
  flatpickr.localize(FLATPICKR_DA);
  // form-js passes its own dateFormat (derived from the browser's Intl format); every form-js date
  // field shows and reads dd.mm.yyyy instead, the format its placeholder announces.
  flatpickr.setDefaults({
    onReady: [function (selectedDates, text, instance) {
      if (instance.input && instance.input.closest && instance.input.closest('.fjs-datepicker')) {
        instance.config.dateFormat = 'd.m.Y';
        instance.input.placeholder = DATE_PLACEHOLDER;
        if (selectedDates.length) {
          instance.setDate(selectedDates[0], false);
        }
      }
    }]
  });
}

// Placeholders and labels form-js writes in English into its inputs (Preact leaves them alone
// afterwards: they never change in its virtual DOM).
const PLACEHOLDERS = [
  ['.fjs-datepicker input', DATE_PLACEHOLDER],
  ['.fjs-timepicker input', TIME_PLACEHOLDER],
  ['.fjs-container input[placeholder="Search"]', 'Søg']
];
const TEXTS = { 'Nothing to show.': 'Intet at vise.' };

function danishFormTexts(root) {
  for (const [selector, text] of PLACEHOLDERS) {
    root.querySelectorAll(selector).forEach((input) => {
      if (input.placeholder !== text) {
        input.placeholder = text;
      }
    });
  }
  root.querySelectorAll('.fjs-table-empty').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && TEXTS[node.nodeValue]) {
        node.nodeValue = TEXTS[node.nodeValue];
      }
    });
  });
  // an empty select says "Select": Danish, and "Ikke oplyst" where it only shows a value
  root.querySelectorAll('.fjs-select-display.fjs-select-placeholder').forEach((element) => {
    const text = element.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE && text.nodeValue === 'Select') {
      text.nodeValue = element.closest('.readonly, .fjs-readonly') ? 'Ikke oplyst' : 'Vælg';
    }
  });
  root.querySelectorAll('.fjs-container [aria-label="Remove tag"]').forEach((element) => {
    element.setAttribute('aria-label', 'Fjern');
  });
}

function watchForms() {
  let queued = false;
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        danishFormTexts(document);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

function danishAngularLocale() {
  const angular = window.angular;
  if (!angular) {
    return;
  }
  const apply = (injector) => {
    const locale = injector.get('$locale');
    Object.assign(locale.DATETIME_FORMATS, ANGULAR_DA.DATETIME_FORMATS);
    Object.assign(locale.NUMBER_FORMATS, ANGULAR_DA.NUMBER_FORMATS);
    locale.id = 'da';
  };
  const waitForInjector = () => {
    const injector = angular.element(document.documentElement).injector();
    if (injector) {
      apply(injector);
    } else {
      setTimeout(waitForInjector, 25);
    }
  };
  waitForInjector();
}

danishForms();
danishDatePicker();
danishAngularLocale();
watchForms();

window.trekantDanish = { danishMessage, loaded: true };

// Tasklist collects plugins from the customScripts' default exports; this script adds none.
export default [];
