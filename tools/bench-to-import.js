#!/usr/bin/env node
// Converts the benchmark dataset (articles.ndjson of /work/shared/bench/gen_dataset.js) into the NDJSON of
// POST /manage/v1/import, one import line per article. Node stdlib only.
//
// Usage: node tools/bench-to-import.js [--in articles.ndjson] [--out import.ndjson]   (default: stdin, stdout)
//
// Each article becomes a published German article with its image as an inline media item and its tags as
// inline tags. The media id is a name-based UUID (version 5) of the slug and the image's alt text, caption and
// credit, so converting the same dataset again gives the same ids and a re-import reuses the media.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const readline = require('readline');

const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf('--' + name); return i >= 0 ? args[i + 1] : undefined; };

// An arbitrary, fixed namespace for the media ids of this dataset.
const MEDIA_NAMESPACE = '6f0c8a52-9d1e-4b7a-8c3f-2e5d7a9b1c40';

function uuidV5(name, namespace) {
  const hash = crypto.createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// "Anna Müller, Sprecherin des Verbands" -> person "Anna Müller", role "Sprecherin des Verbands".
function attribution(text) {
  if (!text) return {};
  const comma = text.indexOf(',');
  return comma < 0 ? { person: text.trim() } : { person: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() };
}

function block(paragraph) {
  if (paragraph.type === 'quote') {
    return { type: 'quote', html: escapeHtml(paragraph.text), ...attribution(paragraph.attribution) };
  }
  return { type: 'paragraph', html: escapeHtml(paragraph.text) };
}

function convert(doc) {
  const image = doc.image;
  const mediaId = uuidV5([doc.slug, image.alt, image.caption, image.credit].join('\n'), MEDIA_NAMESPACE);
  return {
    status: 'published',
    media: [{
      id: mediaId, kind: 'image', url: image.url, mimeType: image.mime, width: image.width, height: image.height,
      altText: image.alt, caption: image.caption, credit: image.credit,
    }],
    tags: doc.tags.map((tag) => ({ slug: tag.slug, type: 'topic', names: { de: { name: tag.name } } })),
    article: {
      language: 'de',
      slug: doc.slug,
      headline: doc.title,
      standfirst: doc.lead,
      hero: { mediaId },
      tags: doc.tags.map((tag) => tag.slug),
      publishedAt: doc.published_at,
      blocks: [...doc.paragraphs].sort((a, b) => a.position - b.position).map(block),
    },
  };
}

async function main() {
  const input = arg('in') ? fs.createReadStream(arg('in')) : process.stdin;
  const output = arg('out') ? fs.createWriteStream(arg('out')) : process.stdout;
  let count = 0;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (!output.write(JSON.stringify(convert(JSON.parse(line))) + '\n')) {
      await new Promise((resolve) => output.once('drain', resolve));
    }
    count++;
  }
  output.end(() => process.stderr.write(`converted ${count} articles\n`));
}

main().catch((error) => {
  process.stderr.write(`bench-to-import: ${error.message}\n`);
  process.exit(1);
});
