// The leader's dashboard: reads /dashboard/data (the same figures as the monthly report) and draws
// the charts with Chart.js (served by Trekant itself). No inline script: the page's CSP allows 'self' only.
(function () {
  'use strict';

  var COLOURS = ['#1f5f8b', '#e07b39', '#5a9e4b', '#9b59b6', '#c0392b', '#7f8c8d'];

  function values(section, column) {
    return section.rows.map(function (row) { return row.cells[column].value === undefined ? null : row.cells[column].value; });
  }

  // long labels on two or more lines, so that an axis does not cut them off
  function wrap(label) {
    var lines = [];
    var line = '';
    label.split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > 26) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    lines.push(line);
    return lines.length === 1 ? lines[0] : lines;
  }

  function labels(section) {
    return section.rows.map(function (row) { return wrap(row.label); });
  }

  // every count of the chart is 1-4 (shown as <5): say so instead of an empty chart
  function noteIfSuppressed(canvas, section, columns) {
    var shown = section.rows.some(function (row) {
      return columns.some(function (c) { return row.cells[c].value; });
    });
    var suppressed = section.rows.some(function (row) {
      return columns.some(function (c) { return row.cells[c].text === '<5'; });
    });
    if (!shown && suppressed) {
      var note = document.createElement('p');
      note.className = 'suppressed';
      note.textContent = 'Alle antal i perioden er under 5 og vises derfor ikke som søjler (se tabellen nedenfor).';
      canvas.parentNode.insertBefore(note, canvas);
    }
  }

  function find(figures, id) {
    return figures.sections.filter(function (s) { return s.id === id; })[0];
  }

  function bar(canvasId, section, columns, options) {
    var canvas = document.getElementById(canvasId);
    if (!section || !canvas) { return; }
    var datasets = columns.map(function (column, i) {
      return { label: section.columns[column], data: values(section, column), backgroundColor: COLOURS[i % COLOURS.length] };
    });
    noteIfSuppressed(canvas, section, columns);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels(section), datasets: datasets },
      options: Object.assign({ responsive: true, animation: false, scales: { y: { beginAtZero: true } } }, options || {})
    });
  }

  function table(section) {
    var wrapper = document.createElement('div');
    var heading = document.createElement('h3');
    heading.textContent = section.title;
    wrapper.appendChild(heading);
    var t = document.createElement('table');
    var head = t.createTHead().insertRow();
    head.appendChild(document.createElement('th'));
    section.columns.forEach(function (column) {
      var th = document.createElement('th');
      th.textContent = column;
      head.appendChild(th);
    });
    var body = t.createTBody();
    section.rows.forEach(function (row) {
      var tr = body.insertRow();
      var th = document.createElement('th');
      th.textContent = row.label;
      tr.appendChild(th);
      row.cells.forEach(function (cell) { tr.insertCell().textContent = cell.text; });
    });
    wrapper.appendChild(t);
    return wrapper;
  }

  function draw(data) {
    var figures = data.figures;
    document.getElementById('period').textContent = 'Periode: ' + data.period.title + ' (' + data.period.from + ' – '
      + data.period.to + '). Søjler mangler, hvor et antal er under 5.';
    var perWeek = data.perWeek;
    bar('perWeek', perWeek, perWeek.columns.map(function (c, i) { return i; }),
      { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } });
    bar('levels', find(figures, 'levels'), [0, 1]);
    bar('deadlines', find(figures, 'deadlines'), [0, 1], { indexAxis: 'y' });
    bar('tasks', data.openTasks, [0, 1]);

    var outreach = find(figures, 'outreachHours');
    if (outreach) {
      var n = outreach.rows.length;
      new Chart(document.getElementById('outreach'), {
        data: {
          labels: labels(outreach),
          datasets: [
            { type: 'bar', label: outreach.columns[0], data: values(outreach, 0), backgroundColor: COLOURS[0] },
            { type: 'line', label: '20 timer', data: new Array(n).fill(20), borderColor: COLOURS[1], pointRadius: 0, borderDash: [6, 4] },
            { type: 'line', label: '30 timer', data: new Array(n).fill(30), borderColor: COLOURS[4], pointRadius: 0, borderDash: [6, 4] }
          ]
        },
        options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, suggestedMax: 35 } } }
      });
    }

    var hotspots = find(figures, 'hotspots');
    if (hotspots) {
      // hours per hotspot area (the first row is the total); hours are not counts of persons
      var areas = { columns: hotspots.columns, rows: hotspots.rows.slice(1) };
      bar('hotspots', areas, [0]);
    }

    var time = find(figures, 'timeToAssessment');
    if (time) {
      document.getElementById('timeToAssessment').replaceWith(table(time));
    }
    var tables = document.getElementById('tables');
    figures.sections.forEach(function (section) { tables.appendChild(table(section)); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // absolute from the origin: a page opened as http://user:password@host/ must not pass its credentials to fetch
    fetch(window.location.origin + '/dashboard/data' + window.location.search, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(draw)
      .catch(function (error) {
        document.getElementById('period').textContent = 'Tallene kunne ikke hentes: ' + error.message;
      });
  });
}());
