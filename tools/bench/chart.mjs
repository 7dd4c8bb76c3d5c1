// Usage: node tools/bench/chart.mjs results.csv [more.csv ...] [--out chart.svg] [--title "..."]
//
// Draws the req/s of each workload and label in results.csv files of the read harness (../shared/bench/run_wrk.sh,
// tools/bench/run.sh) as an SVG bar chart, on a log scale so that nginx at 60,000 req/s and Masthead at 300 are
// both readable. A bar is the mean of a label's runs of a workload, printed on it; p99 (the range over the runs)
// is printed under it, and a table under the chart lists every run with its share of nginx's W1 mean. Without
// --out the SVG goes to stdout. Node standard library only.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const WORKLOADS = {
  W1: 'article by slug',
  'W1-304': 'W1, If-None-Match',
  W2: '20 newest of a tag',
  W3: 'search, top 20',
};
const COLUMNS = ['label', 'workload', 'run', 'req_s', 'p50_ms', 'p99_ms', 'non2xx', 'socket_errors', 'requests',
  'rss_kb', 'preflight_status', 'preflight_bytes'];
const PALETTE = ['#1f77b4', '#d95f02', '#7570b3', '#1b9e77', '#e7298a', '#66a61e', '#e6ab02'];
const NGINX_COLOUR = '#9a9a9a';

function parseArgs(argv) {
  const options = { files: [], out: null, title: 'Masthead read benchmark (req/s, log scale)' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' || argv[i] === '--title') {
      if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
      options[argv[i].slice(2)] = argv[++i];
    } else if (argv[i].startsWith('--')) {
      usage(`unknown option ${argv[i]}`);
    } else {
      options.files.push(argv[i]);
    }
  }
  if (options.files.length === 0) usage('no results.csv given');
  return options;
}

function usage(problem) {
  process.stderr.write(`chart.mjs: ${problem}\n` +
    'Usage: node tools/bench/chart.mjs results.csv [more.csv ...] [--out chart.svg] [--title "..."]\n');
  process.exit(2);
}

function readRows(file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const header = lines.shift().split(',');
  const missing = COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new Error(`${file}: not a results.csv of the harness (no ${missing.join(', ')})`);
  return lines.map((line) => {
    const cells = line.split(',');
    const row = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
    for (const name of ['req_s', 'p50_ms', 'p99_ms']) row[name] = Number(row[name]);
    return row;
  }).filter((row) => Number.isFinite(row.req_s));
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;');

function number(value) {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function milliseconds(value) {
  return value >= 100 ? number(Math.round(value)) : number(value);
}

function range(values, format) {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return format(low) === format(high) ? format(low) : `${format(low)}–${format(high)}`;
}

function percentOf(value, reference) {
  if (!reference) return '';
  const share = (100 * value) / reference;
  return `${share >= 10 ? share.toFixed(0) : share >= 1 ? share.toFixed(1) : share.toFixed(2)} %`;
}

function chart(rows, title, sources) {
  const labels = [...new Set(rows.map((row) => row.label))];
  const order = Object.keys(WORKLOADS);
  const workloads = [...new Set(rows.map((row) => row.workload))]
    .sort((a, b) => (order.includes(a) ? order.indexOf(a) : 99) - (order.includes(b) ? order.indexOf(b) : 99));
  const colour = new Map();
  let next = 0;
  for (const label of labels) colour.set(label, label === 'nginx' ? NGINX_COLOUR : PALETTE[next++ % PALETTE.length]);

  const groups = workloads.map((workload) => ({
    workload,
    bars: labels.map((label) => {
      const runs = rows.filter((row) => row.label === label && row.workload === workload);
      if (runs.length === 0) return null;
      return { label, runs, mean: runs.reduce((sum, row) => sum + row.req_s, 0) / runs.length };
    }).filter(Boolean),
  }));
  const nginx = groups.find((group) => group.workload === 'W1')?.bars.find((bar) => bar.label === 'nginx')?.mean;

  const barWidth = 54;
  const slot = 80;
  const groupGap = 36;
  const minGroupWidth = 120;
  const left = 70;
  const top = 92;
  const plotHeight = 340;
  const groupWidth = (group) => Math.max(group.bars.length * slot, minGroupWidth);
  const plotWidth = groups.reduce((width, group) => width + groupWidth(group) + groupGap, groupGap);
  // About 10.5 px per character of the 18 px bold title, so that a long title is not cut off.
  const width = Math.max(left + plotWidth + 30, 720, left + title.length * 10.5 + 20);
  const bottom = top + plotHeight;

  const means = groups.flatMap((group) => group.bars.map((bar) => bar.mean)).filter((value) => value > 0);
  const lowExponent = Math.min(0, Math.floor(Math.log10(Math.min(...means))));
  const highExponent = Math.max(lowExponent + 1, Math.ceil(Math.log10(Math.max(...means))));
  const y = (value) => {
    if (value <= 0) return bottom;
    const share = (Math.log10(value) - lowExponent) / (highExponent - lowExponent);
    return bottom - Math.max(0, share) * plotHeight;
  };

  const svg = [];
  svg.push(`<text x="${left}" y="28" font-size="18" font-weight="bold">${escape(title)}</text>`);
  svg.push(`<text x="${left}" y="46" font-size="11" fill="#555">Bars: mean req/s of the runs (printed). Under each bar: p99 latency, the range over the runs.</text>`);
  svg.push(`<text x="${left}" y="60" font-size="11" fill="#555">${escape(`Source: ${sources.join(', ')}`)}</text>`);

  let legendX = left;
  for (const label of labels) {
    svg.push(`<rect x="${legendX}" y="70" width="12" height="12" fill="${colour.get(label)}"/>`);
    svg.push(`<text x="${legendX + 17}" y="80" font-size="12">${escape(label)}</text>`);
    legendX += 30 + 7 * label.length;
  }

  for (let exponent = lowExponent; exponent <= highExponent; exponent++) {
    const value = 10 ** exponent;
    const lineY = y(value).toFixed(1);
    svg.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${lineY}" y2="${lineY}" stroke="#ddd"/>`);
    svg.push(`<text x="${left - 8}" y="${Number(lineY) + 4}" font-size="11" text-anchor="end" fill="#555">${value.toLocaleString('en-US')}</text>`);
  }
  svg.push(`<text x="18" y="${top + plotHeight / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 18 ${top + plotHeight / 2})">req/s (log scale)</text>`);

  let x = left + groupGap;
  for (const group of groups) {
    const span = groupWidth(group);
    const first = x + (span - group.bars.length * slot) / 2;
    for (const [index, bar] of group.bars.entries()) {
      const centre = first + index * slot + slot / 2;
      const barX = centre - barWidth / 2;
      const barTop = y(bar.mean);
      svg.push(`<rect x="${barX}" y="${barTop.toFixed(1)}" width="${barWidth}" height="${(bottom - barTop).toFixed(1)}" fill="${colour.get(bar.label)}"><title>${escape(`${bar.label} ${group.workload}: ${bar.runs.map((run) => number(run.req_s)).join(', ')} req/s`)}</title></rect>`);
      svg.push(`<text x="${centre}" y="${(barTop - 5).toFixed(1)}" font-size="12" font-weight="bold" text-anchor="middle">${number(bar.mean)}</text>`);
      svg.push(`<text x="${centre}" y="${bottom + 16}" font-size="10" text-anchor="middle" fill="#333">p99</text>`);
      svg.push(`<text x="${centre}" y="${bottom + 29}" font-size="10" text-anchor="middle" fill="#333">${range(bar.runs.map((run) => run.p99_ms), milliseconds)} ms</text>`);
    }
    svg.push(`<text x="${x + span / 2}" y="${bottom + 50}" font-size="13" font-weight="bold" text-anchor="middle">${escape(group.workload)}</text>`);
    svg.push(`<text x="${x + span / 2}" y="${bottom + 65}" font-size="10" text-anchor="middle" fill="#555">${escape(WORKLOADS[group.workload] ?? '')}</text>`);
    x += span + groupGap;
  }
  svg.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);

  const table = [['label', 'workload', 'run', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'vs nginx W1']];
  for (const group of groups) {
    for (const bar of group.bars) {
      for (const run of bar.runs) {
        table.push([run.label, run.workload, run.run, number(run.req_s), milliseconds(run.p50_ms),
          milliseconds(run.p99_ms), run.non2xx, percentOf(run.req_s, nginx)]);
      }
    }
  }
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => String(line[column]).length)));
  let tableY = bottom + 98;
  for (const [index, line] of table.entries()) {
    const text = line.map((cell, column) => (column < 3 ? String(cell).padEnd(widths[column])
      : String(cell).padStart(widths[column]))).join('  ');
    svg.push(`<text x="${left}" y="${tableY}" font-size="11" font-family="monospace" xml:space="preserve"${index === 0 ? ' font-weight="bold"' : ''}>${escape(text)}</text>`);
    tableY += 15;
  }
  const tableWidth = left + widths.reduce((sum, w) => sum + w + 2, 0) * 6.7;
  const height = tableY + 10;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(width, tableWidth).toFixed(0)}" height="${height}" font-family="sans-serif">\n` +
    `<rect width="100%" height="100%" fill="#fff"/>\n${svg.join('\n')}\n</svg>\n`;
}

const options = parseArgs(process.argv.slice(2));
let rows;
try {
  rows = options.files.flatMap(readRows);
} catch (error) {
  process.stderr.write(`chart.mjs: ${error.message}\n`);
  process.exit(1);
}
if (rows.length === 0) {
  process.stderr.write('chart.mjs: no measured rows\n');
  process.exit(1);
}
const svg = chart(rows, options.title, options.files.map((file) => basename(file)));
if (options.out) writeFileSync(options.out, svg);
else process.stdout.write(svg);
