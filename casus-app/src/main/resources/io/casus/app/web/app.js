// Casus dashboard: one page, four hash routes (#/, #/dyad/A-B, #/article/ID, #/search?q=...), data from /api.
'use strict';
const $ = (id) => document.getElementById(id);
const PAGE = 50;
const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
let chart = null;

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}
function fmt(n, d = 2) { return n == null || Number.isNaN(n) ? '–' : Number(n).toFixed(d); }

async function api(path) {
  const r = await fetch('/api' + path, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({error: 'unreadable response'}));
  if (!r.ok) { throw new Error(body.error || ('HTTP ' + r.status)); }
  return body;
}
function showError(e) {
  const el = $('error');
  el.textContent = e.message || String(e);
  el.hidden = false;
  setTimeout(() => { el.hidden = true; }, 5000);
}

// Wraps spans [{begin, end, cls, tip}] (half-open offsets into text) in highlight elements. Overlaps are split at
// every boundary; a piece takes the class of its innermost span and the tips of all spans covering it.
function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  spans = spans.filter((s) => s.begin >= 0 && s.end <= text.length && s.begin < s.end);
  spans.forEach((s) => { cuts.add(s.begin); cuts.add(s.end); });
  const pts = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    const piece = esc(text.slice(a, b));
    const cover = spans.filter((s) => s.begin <= a && s.end >= b);
    if (!cover.length) { out += piece; continue; }
    cover.sort((x, y) => (x.end - x.begin) - (y.end - y.begin));
    const tip = [...new Set(cover.map((s) => s.tip).filter(Boolean))].join('\n');
    out += '<span class="hl ' + cover[0].cls + '" data-tip="' + esc(tip) + '">' + piece + '</span>';
  }
  return out;
}

function actorLabel(a) { return a ? (a.code || a.country || '?') : '?'; }

// The evidence sentence with the trigger marked: trigger offsets are article offsets, the sentence starts at e.begin.
function evidenceHtml(e) {
  const ev = e.evidence || '';
  const t = e.trigger || {};
  let at = t.begin - e.begin;
  if (!(at >= 0 && ev.substr(at, (t.text || '').length) === t.text)) { at = t.text ? ev.indexOf(t.text) : -1; }
  if (at < 0) { return esc(ev); }
  const n = t.text.length;
  return esc(ev.slice(0, at)) + '<mark class="trigger">' + esc(ev.slice(at, at + n)) + '</mark>' + esc(ev.slice(at + n));
}

function eventHtml(item) {
  const e = item.event || item;
  const art = item.article;
  return '<div class="ev q' + e.quadClass + '" data-event="' + esc(e.id) + '">'
    + '<div class="head"><b>' + esc(e.eventDate || '') + '</b>'
    + '<span><b>' + esc(actorLabel(e.sourceActor)) + '</b> → <b>' + esc(actorLabel(e.targetActor)) + '</b></span>'
    + '<span>CAMEO ' + esc(e.cameoCode) + '</span><span>' + esc(QUAD[e.quadClass] || '') + '</span>'
    + '<span>Goldstein ' + fmt(e.goldstein, 1) + '</span>'
    + (e.modality && e.modality !== 'asserted' ? '<span>' + esc(e.modality) + '</span>' : '')
    + (art ? '<span><a href="#/article/' + encodeURIComponent(art.id) + '">' + esc([art.outlet, art.title || art.id].filter(Boolean).join(': ')) + '</a></span>' : '')
    + '</div><div class="evidence">' + evidenceHtml(e) + '</div></div>';
}

// --- views ---
async function overview() {
  const [stats, esc7] = await Promise.all([api('/stats'), api('/escalations/latest?limit=25')]);
  $('stats').innerHTML = [['articles', stats.articles], ['events', stats.asserted], ['clusters', stats.clusters],
    ['mentions', stats.mentions], ['quotes', stats.quotes], ['from', stats.firstEventDay], ['to', stats.lastEventDay]]
    .map(([k, v]) => '<div class="card"><b>' + esc(v == null ? '–' : v.toLocaleString ? v.toLocaleString() : v) + '</b><span>' + k + '</span></div>').join('');
  const body = $('escalations').querySelector('tbody');
  body.innerHTML = esc7.length ? esc7.map((x) => '<tr data-dyad="' + esc(x.dyad) + '"><td><b>' + esc(x.dyad) + '</b></td><td>'
    + '<span class="pill ' + (x.index > 1 ? 'hot' : x.index < -1 ? 'cool' : '') + '">' + fmt(x.index) + '</span></td><td>'
    + x.windowClusters + '</td><td>' + fmt(x.windowConflictShare * 100, 0) + '%</td><td>' + fmt(x.baselineConflictShare * 100, 0)
    + '%</td><td>' + fmt(x.windowGoldstein) + '</td><td>' + fmt(x.baselineGoldstein) + '</td></tr>').join('')
    : '<tr><td colspan="7" class="muted">No dyad has enough events in the last window.</td></tr>';
}

const dyadState = {dyad: null, offset: 0};
async function dyadView(dyad) {
  if (!dyad) {
    const top = await api('/escalations/latest?limit=1').catch(() => []);
    dyad = top.length ? top[0].dyad : null;
    if (!dyad) { return; }
  }
  const [a, b] = dyad.split('-');
  $('dyad-a').value = a; $('dyad-b').value = b;
  dyadState.dyad = dyad; dyadState.offset = 0;
  $('dyad-events').innerHTML = '';
  const interval = $('dyad-interval').value;
  const [series, escalation] = await Promise.all([api('/dyads/' + dyad + '/series?interval=' + interval),
    api('/dyads/' + dyad + '/escalation').catch(() => null), moreDyadEvents()]);
  drawChart(series);
  const pill = $('dyad-escalation');
  if (escalation) {
    pill.textContent = 'escalation index ' + fmt(escalation.index) + ' (as of ' + escalation.asOf + ')';
    pill.className = 'pill ' + (escalation.index > 1 ? 'hot' : escalation.index < -1 ? 'cool' : '');
  } else { pill.textContent = ''; }
}
async function moreDyadEvents() {
  const page = await api('/events?dyad=' + dyadState.dyad + '&offset=' + dyadState.offset + '&limit=' + PAGE);
  $('dyad-events').insertAdjacentHTML('beforeend', page.items.map(eventHtml).join(''));
  dyadState.offset += page.items.length;
  $('dyad-total').textContent = page.total.toLocaleString() + ' events';
  $('dyad-more').hidden = !(dyadState.offset < page.total);
}
function drawChart(series) {
  if (typeof Chart === 'undefined') { return; }
  const labels = series.map((p) => p.period);
  const bar = (label, key, color) => ({type: 'bar', label, data: series.map((p) => p[key]), backgroundColor: color, stack: 'q', yAxisID: 'y'});
  const data = {labels, datasets: [
    {type: 'line', label: 'Goldstein mean', data: series.map((p) => p.goldsteinMean), borderColor: '#141a2a',
      backgroundColor: '#141a2a', yAxisID: 'g', spanGaps: true, tension: 0.25, pointRadius: 2},
    bar('verbal coop.', 'verbalCoop', '#7cc4a1'), bar('material coop.', 'materialCoop', '#2e9e6b'),
    bar('verbal conflict', 'verbalConf', '#f0a04b'), bar('material conflict', 'materialConf', '#d64545')]};
  const options = {animation: false, responsive: true, interaction: {mode: 'index', intersect: false},
    scales: {y: {stacked: true, title: {display: true, text: 'events'}},
      g: {position: 'right', min: -10, max: 10, grid: {drawOnChartArea: false}, title: {display: true, text: 'Goldstein'}},
      x: {stacked: true}}};
  if (chart) { chart.destroy(); }
  chart = new Chart($('dyad-chart'), {data, options});
  $('dyad-chart').dataset.ready = 'true';
}

async function articleView(id) {
  const a = await api('/articles/' + encodeURIComponent(id));
  const s = a.summary;
  $('article-title').textContent = s.title || s.id;
  $('article-meta').textContent = [s.outlet, s.published, s.author].filter(Boolean).join(' · ');
  const c = a.coded || {};
  const spans = [];
  (c.quotes || []).forEach((q) => spans.push({begin: q.begin, end: q.end, cls: 'quote',
    tip: 'quote' + (q.speaker ? ' by ' + q.speaker.text + (q.speaker.actor ? ' (' + q.speaker.actor.code + ')' : '') : '')}));
  (c.mentions || []).forEach((m) => spans.push({begin: m.begin, end: m.end, cls: 'mention',
    tip: m.actor ? m.actor.code + (m.actor.name ? ': ' + m.actor.name : '') : m.type}));
  (c.times || []).forEach((t) => spans.push({begin: t.begin, end: t.end, cls: 'time', tip: t.type + ' ' + (t.value || '')}));
  (c.events || []).forEach((e) => e.trigger && spans.push({begin: e.trigger.begin, end: e.trigger.end, cls: 'trigger',
    tip: 'CAMEO ' + e.cameoCode + ' ' + actorLabel(e.sourceActor) + ' → ' + actorLabel(e.targetActor) + ', Goldstein ' + e.goldstein
      + (e.modality !== 'asserted' ? ' (' + e.modality + ')' : '')}));
  $('article-text').innerHTML = highlight(a.text, spans);
  $('article-events').innerHTML = (c.events || []).map((e) => eventHtml(e)).join('') || '<p class="muted">No events.</p>';
}

const searchState = {params: null, offset: 0};
async function searchView(params) {
  $('search-q').value = params.get('q') || '';
  $('search-from').value = params.get('from') || '';
  $('search-to').value = params.get('to') || '';
  searchState.params = params; searchState.offset = 0;
  $('search-results').innerHTML = '';
  await moreResults();
}
async function moreResults() {
  const p = new URLSearchParams(searchState.params);
  p.set('offset', searchState.offset); p.set('limit', 20);
  const page = await api('/search?' + p);
  $('search-total').textContent = page.total.toLocaleString() + ' articles';
  $('search-results').insertAdjacentHTML('beforeend', page.items.map((h) => '<div class="hit"><a href="#/article/'
    + encodeURIComponent(h.articleId) + '">' + esc(h.title || h.articleId) + '</a> <span class="muted">'
    + esc([h.outlet, h.published].filter(Boolean).join(' · ')) + '</span>'
    // the highlighter's passages mark matches with <b>; everything else in them is escaped
    + (h.highlights || []).map((x) => '<p>' + esc(x).replace(/&lt;b&gt;/g, '<mark>').replace(/&lt;\/b&gt;/g, '</mark>') + '</p>').join('')
    + '</div>').join(''));
  searchState.offset += page.items.length;
  $('search-more').hidden = !(searchState.offset < page.total);
}

// --- routing ---
function show(view) {
  document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== 'view-' + view; });
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === view));
}
async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [head, ...rest] = hash.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  try {
    if (head === 'dyad') { show('dyad'); await dyadView(arg || null); }
    else if (head === 'article' && arg) { show('article'); await articleView(arg); }
    else if (head.startsWith('search')) { show('search'); await searchView(new URLSearchParams(hash.split('?')[1] || '')); }
    else { show('overview'); await overview(); }
  } catch (e) { showError(e); }
}

function init() {
  window.addEventListener('hashchange', route);
  $('dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = $('dyad-a').value.trim().toUpperCase(), b = $('dyad-b').value.trim().toUpperCase();
    if (a && b) {
      const target = '#/dyad/' + a + '-' + b;
      if (location.hash === target) { route(); } else { location.hash = target; }
    }
  });
  $('dyad-interval').addEventListener('change', () => dyadState.dyad && dyadView(dyadState.dyad).catch(showError));
  $('dyad-more').addEventListener('click', () => moreDyadEvents().catch(showError));
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    [['q', 'search-q'], ['from', 'search-from'], ['to', 'search-to']].forEach(([k, id]) => { if ($(id).value) { p.set(k, $(id).value); } });
    location.hash = '#/search?' + p;
  });
  $('search-more').addEventListener('click', () => moreResults().catch(showError));
  $('escalations').addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-dyad]');
    if (tr) { location.hash = '#/dyad/' + tr.dataset.dyad; }
  });
  const tip = $('tip');
  document.addEventListener('mouseover', (ev) => {
    const el = ev.target.closest('[data-tip]');
    if (el && el.dataset.tip) { tip.textContent = el.dataset.tip; tip.hidden = false; } else { tip.hidden = true; }
  });
  document.addEventListener('mousemove', (ev) => { tip.style.left = (ev.clientX + 12) + 'px'; tip.style.top = (ev.clientY + 14) + 'px'; });
  api('/stats').then((s) => { $('stats-brief').textContent = s.asserted.toLocaleString() + ' events · ' + s.articles.toLocaleString() + ' articles'; }).catch(() => {});
  route();
}
document.addEventListener('DOMContentLoaded', init);
