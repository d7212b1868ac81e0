// Static assets served with the page (no network): the stylesheet, the page script, Chart.js from
// node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let chart: string | undefined;
export const chartJs = () => (chart ??= readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8'));

export const STYLE = `
:root { --fg: #1b1b1b; --muted: #555; --line: #ccc; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); margin: 0; background: #fff; }
header { display: flex; gap: 2rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); background: #f4f6f8; }
header ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; flex-wrap: wrap; }
a { color: var(--accent); }
a[aria-current] { font-weight: bold; }
.brand { font-weight: bold; text-decoration: none; color: var(--fg); }
main { padding: 1rem; max-width: 78rem; }
h1 { font-size: 1.4rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
form.filters input, form.filters select { font: inherit; padding: .25rem .4rem; border: 1px solid #767676; border-radius: 3px; }
button { font: inherit; padding: .3rem .9rem; background: var(--accent); color: #fff; border: 0; border-radius: 3px; }
ol.results { list-style: none; padding: 0; }
ol.results li { border-bottom: 1px solid var(--line); padding: .6rem 0; }
.meta { font-size: .85rem; color: var(--muted); }
mark { background: #ffe066; color: inherit; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
.doc-text { white-space: pre-wrap; line-height: 1.7; max-width: 50rem; }
.doc-text [data-item] { cursor: pointer; border-radius: 2px; }
.k-dates { background: #d0ebff; } .k-casualties { background: #ffc9c9; } .k-groups { background: #d3f9d8; }
.k-claims { background: #fff3bf; } .f-speaker { outline: 2px solid #862e9c; background: #f3d9fa; } .f-cue { text-decoration: underline double; }
.legend span { display: inline-block; padding: 0 .4rem; margin-right: .5rem; border-radius: 2px; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 1fr); gap: 1.5rem; }
#details { position: sticky; top: 1rem; align-self: start; border: 1px solid var(--line); padding: .75rem; font-size: .85rem; }
#details pre { white-space: pre-wrap; word-break: break-word; }
.conflict { border: 1px solid var(--line); padding: .5rem 1rem; margin-bottom: 1rem; }
.side { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.error { color: #a00; font-weight: bold; }
.chart-box { position: relative; height: 22rem; }
`;

export const APP_JS = `
(function () {
  // document page: click (or Enter on) a highlighted item to see its rule, offsets and inferred values
  var data = document.getElementById('items');
  var panel = document.getElementById('details-body');
  if (data && panel) {
    var items = JSON.parse(data.textContent);
    function show(el) {
      var key = el.getAttribute('data-item').split(':');
      var item = (items[key[0]] || [])[Number(key[1])];
      if (!item) return;
      var field = el.getAttribute('data-field');
      var info = { kind: key[0], index: Number(key[1]), field: field || undefined, rule: item.rule, start: item.start, end: item.end,
        text: item.text, inferred: item.inferred || {}, item: item };
      panel.textContent = JSON.stringify(info, null, 2);
      document.getElementById('details').setAttribute('data-shown', key.join(':'));
    }
    document.addEventListener('click', function (e) {
      var el = e.target.closest && e.target.closest('[data-item]');
      if (el) { e.stopPropagation(); show(el); }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.getAttribute && e.target.getAttribute('data-item')) show(e.target);
    });
  }
  // casualties page: the timeline chart, one series per speaker or source; a point links to its sentence
  var series = document.getElementById('series');
  var canvas = document.getElementById('timeline');
  if (series && canvas && window.Chart) {
    var sets = JSON.parse(series.textContent);
    var colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
    var chart = new window.Chart(canvas, {
      type: 'scatter',
      data: { datasets: sets.map(function (s, i) { return { label: s.label, data: s.points, showLine: true, borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length] }; }) },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: { x: { title: { display: true, text: 'date' }, ticks: { callback: function (v) { return new Date(v).toISOString().slice(0, 10); } } },
                  y: { title: { display: true, text: 'count' }, beginAtZero: true } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + c.raw.y + ' (' + c.raw.t + ')'; } } } },
        onClick: function (e, els) { if (els.length) { var p = sets[els[0].datasetIndex].points[els[0].index]; window.location.href = p.href; } }
      }
    });
    canvas.setAttribute('data-ready', String(chart.data.datasets.length));
  }
})();
`;
