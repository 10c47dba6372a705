// The leader's dashboard: reads /dashboard/data (the same figures as the monthly report) and draws
// the charts with Chart.js (served by Trekant itself). No inline script: the page's CSP allows 'self' only.
(function () {
  'use strict';

  var COLOURS = ['#1f5f8b', '#e07b39', '#5a9e4b', '#9b59b6', '#c0392b', '#7f8c8d'];

  function values(section, column) {
    return section.rows.map(function (row) { return row.cells[column].value === undefined ? null : row.cells[column].value; });
  }

  function labels(section) {
    return section.rows.map(function (row) { return row.label; });
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

    var time = find(figures, 'timeToAssessment');
    if (time) {
      document.getElementById('timeToAssessment').replaceWith(table(time));
    }
    var tables = document.getElementById('tables');
    figures.sections.forEach(function (section) { tables.appendChild(table(section)); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    fetch('/dashboard/data' + window.location.search, { credentials: 'same-origin' })
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
