/**
 * Runs every operation of the contract against a live server through the generated, typed client: the
 * happy paths and the documented errors. It fails on the first surprise, and at the end if the contract has an
 * operation the run never called, so that every operation added later must join it.
 *
 * node dist/smoke.js --base-url http://127.0.0.1:8080 --contract ../../openapi/openapi.json
 * with MASTHEAD_ADMIN_TOKEN set to an admin key. Webhooks are delivered to a receiver on 127.0.0.1, which the
 * server must allow-list (masthead.webhooks.allowed-private-hosts).
 */
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { assert, required, Run } from "./check.js";
import { type Article, deliveryClient, isProblem, managementClient, type MastheadClient } from "./client.js";

const args = new Map<string, string>();
for (let i = 2; i + 1 < process.argv.length; i += 2) {
  args.set(process.argv[i] ?? "", process.argv[i + 1] ?? "");
}
const baseUrl = required(args.get("--base-url"), "--base-url is required");
const contractPath = required(args.get("--contract"), "--contract (openapi.json) is required");
const adminToken = required(process.env["MASTHEAD_ADMIN_TOKEN"], "MASTHEAD_ADMIN_TOKEN is required");
const unique = randomUUID().slice(0, 8);
const run = new Run();
const publicApi = deliveryClient(baseUrl);
const admin = managementClient(baseUrl, adminToken);

function etag(response: Response): string {
  return required(response.headers.get("ETag"), `${response.url} has no ETag`);
}

async function problem(error: unknown, status: number): Promise<void> {
  assert(isProblem(error) && error.status === status, `expected a ${status} problem, got ${JSON.stringify(error)}`);
}

/** A receiver for webhook deliveries, which checks every signature. */
async function startReceiver(): Promise<{ url: string; events: string[]; close: () => void; secret: { value: string } }> {
  const events: string[] = [];
  const secret = { value: "" };
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const timestamp = String(request.headers["masthead-timestamp"]);
      const expected = "sha256=" + createHmac("sha256", secret.value).update(`${timestamp}.${body}`).digest("hex");
      if (request.headers["masthead-signature"] === expected) {
        events.push(String(request.headers["masthead-event"]));
        response.writeHead(204).end();
      } else {
        response.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/hook`, events, close: () => server.close(), secret };
}

async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Follows the changes feed from `since` (the beginning when absent) until it is caught up, applying each record to
 * the copy as an app would: upserts store the article, removes drop it, other types are skipped.
 */
async function sync(since: string | undefined, copy: Map<string, unknown>): Promise<string> {
  let token = since;
  let more = true;
  while (more) {
    const query = token === undefined ? { limit: 100 } : { since: token, limit: 100 };
    const page = await publicApi.GET("/api/v1/changes", { params: { query } });
    run.expect("listChanges", page.response, 200);
    const changes = required(page.data, "no changes page");
    for (const change of changes.items) {
      if (change.type === "upsert") {
        copy.set(change.id, change.article);
      } else if (change.type === "remove") {
        copy.delete(change.id);
      }
    }
    token = changes.nextToken;
    more = changes.hasMore;
  }
  return required(token, "no token");
}

async function keys(): Promise<MastheadClient> {
  const created = await admin.POST("/manage/v1/keys", { body: { name: `smoke-editor-${unique}`, role: "editor" } });
  run.expect("createApiKey", created.response, 201);
  const listed = await admin.GET("/manage/v1/keys");
  run.expect("listApiKeys", listed.response, 200);
  const token = required(created.data, "no key").token;
  assert(!JSON.stringify(listed.data).includes(token), "the key list shows a token");
  const anonymous = await publicApi.GET("/manage/v1/keys");
  assert(anonymous.response.status === 401 && anonymous.response.headers.get("WWW-Authenticate") !== null,
    "a request without a key is not challenged");
  const editor = managementClient(baseUrl, token);
  const forbidden = await editor.GET("/manage/v1/keys");
  await problem(forbidden.error, 403);
  return editor;
}

async function media(editor: MastheadClient): Promise<{ hero: string; audio: string; spare: string }> {
  const image = (name: string) => ({
    kind: "image" as const, url: `https://images.example/${name}-${unique}.jpg`, mimeType: "image/jpeg",
    width: 1600, height: 900, altText: `Alt text of ${name}`, caption: `Caption of ${name}`,
    credit: "© Smoke Test", focalPoint: { x: 0.5, y: 0.4 },
    renditions: [{ name: "w640", url: `https://images.example/${name}-${unique}-640.jpg`, width: 640,
      height: 360, mimeType: "image/jpeg" }],
  });
  const hero = await editor.POST("/manage/v1/media", {
    body: image("hero"), params: { header: { "Idempotency-Key": `hero-${unique}` } },
  });
  run.expect("createMedia", hero.response, 201);
  const audio = await editor.POST("/manage/v1/media", {
    body: { kind: "audio", url: `https://audio.example/${unique}.mp3`, mimeType: "audio/mpeg",
      durationSeconds: 128, narrator: "Smoke Narrator" },
  });
  const spare = await editor.POST("/manage/v1/media", { body: image("spare") });
  const spareId = required(spare.data, "no spare media").id;
  const read = await editor.GET("/manage/v1/media/{id}", { params: { path: { id: spareId } } });
  run.expect("getManagedMedia", read.response, 200);
  const replaced = await editor.PUT("/manage/v1/media/{id}", {
    params: { path: { id: spareId }, header: { "If-Match": etag(read.response) } },
    body: { ...image("spare"), caption: "A new caption" },
  });
  run.expect("replaceMedia", replaced.response, 200);
  const listed = await editor.GET("/manage/v1/media", { params: { query: { kind: "image", limit: 5 } } });
  run.expect("listManagedMedia", listed.response, 200);
  const { altText: _withoutAltText, ...noAltText } = image("bad");
  const invalid = await editor.POST("/manage/v1/media", { body: noAltText });
  await problem(invalid.error, 400);
  return { hero: required(hero.data, "no hero").id, audio: required(audio.data, "no audio").id, spare: spareId };
}

async function taxonomy(editor: MastheadClient): Promise<{ section: string; tags: string[]; mergedSlug: string }> {
  const section = await editor.POST("/manage/v1/sections", {
    body: { slug: `smoke-${unique}`, names: { en: "Smoke", de: "Rauch" } },
  });
  run.expect("createSection", section.response, 201);
  const sectionId = required(section.data, "no section").id;
  const readSection = await editor.GET("/manage/v1/sections/{id}", { params: { path: { id: sectionId } } });
  run.expect("getManagedSection", readSection.response, 200);
  const replacedSection = await editor.PUT("/manage/v1/sections/{id}", {
    params: { path: { id: sectionId }, header: { "If-Match": etag(readSection.response) } },
    body: { slug: `smoke-${unique}`, names: { en: "Smoke tests", de: "Rauchtests" } },
  });
  run.expect("replaceSection", replacedSection.response, 200);
  run.expect("listManagedSections", (await editor.GET("/manage/v1/sections", {})).response, 200);

  const tag = async (slug: string, type: "topic" | "place" | "person") => {
    const created = await editor.POST("/manage/v1/tags", {
      body: { slug, type, names: { en: { name: `Tag ${slug}` }, de: { name: `Schlagwort ${slug}` } } },
    });
    run.expect("createTag", created.response, 201);
    return { id: required(created.data, "no tag").id, slug };
  };
  const topic = await tag(`smoke-topic-${unique}`, "topic");
  const place = await tag(`smoke-place-${unique}`, "place");
  const person = await tag(`smoke-person-${unique}`, "person");
  const duplicate = await tag(`smoke-duplicate-${unique}`, "topic");
  const readTag = await editor.GET("/manage/v1/tags/{id}", { params: { path: { id: topic.id } } });
  run.expect("getManagedTag", readTag.response, 200);
  const replacedTag = await editor.PUT("/manage/v1/tags/{id}", {
    params: { path: { id: topic.id }, header: { "If-Match": etag(readTag.response) } },
    body: { slug: topic.slug, type: "topic", names: { en: { name: "Smoke topic", description: "Tests" } } },
  });
  run.expect("replaceTag", replacedTag.response, 200);
  const readDuplicate = await editor.GET("/manage/v1/tags/{id}", { params: { path: { id: duplicate.id } } });
  const merged = await editor.POST("/manage/v1/tags/{id}/merge", {
    params: { path: { id: duplicate.id }, header: { "If-Match": etag(readDuplicate.response) } },
    body: { into: topic.slug },
  });
  run.expect("mergeTag", merged.response, 200);
  run.expect("listManagedTags", (await editor.GET("/manage/v1/tags", { params: { query: { type: "topic" } } }))
    .response, 200);
  return {
    section: `smoke-${unique}`,
    tags: [topic.slug, place.slug, person.slug],
    mergedSlug: duplicate.slug,
  };
}

async function site(logo: string): Promise<void> {
  const current = await admin.GET("/manage/v1/site");
  run.expect("getManagedSite", current.response, current.response.status === 404 ? 404 : 200);
  const content = {
    name: "Smoke Ledger", logoMediaId: logo, defaultLanguage: "en", timeZone: "Europe/Berlin",
    baseUrl: "https://smoke.example", editions: [{ language: "en", name: "Smoke Ledger", baseUrl: "https://smoke.example/en" }],
  };
  const saved = current.response.status === 404
    ? await admin.PUT("/manage/v1/site", { params: { header: { "If-None-Match": "*" } }, body: content })
    : await admin.PUT("/manage/v1/site", { params: { header: { "If-Match": etag(current.response) } }, body: content });
  run.expect("saveSite", saved.response, current.response.status === 404 ? 201 : 200);
  const delivered = await publicApi.GET("/api/v1/site");
  run.expect("getSite", delivered.response, 200);
  const serverIndex = await publicApi.GET("/");
  run.expect("getServerIndex", serverIndex.response, 200);
  const deliveryIndex = await publicApi.GET("/api/v1");
  run.expect("getDeliveryIndex", deliveryIndex.response, 200);
  assert(deliveryIndex.data?.links.articles === "/api/v1/articles", "the API index does not link the articles");
}

async function main(): Promise<void> {
  const editor = await keys();
  const ids = await media(editor);
  await site(ids.spare);
  const names = await taxonomy(editor);
  const receiver = await startReceiver();
  const hook = await admin.POST("/manage/v1/webhooks", {
    body: { url: receiver.url, events: ["article.published", "article.updated", "article.unpublished", "article.deleted"] },
  });
  run.expect("createWebhook", hook.response, 201);
  receiver.secret.value = required(hook.data, "no webhook").secret;
  const hookId = required(hook.data, "no webhook").webhook.id;
  run.expect("listWebhooks", (await admin.GET("/manage/v1/webhooks")).response, 200);
  run.expect("getWebhook", (await admin.GET("/manage/v1/webhooks/{id}", { params: { path: { id: hookId } } }))
    .response, 200);

  const slug = `smoke-article-${unique}`;
  const content = {
    language: "en", slug, headline: `Smoke test ${unique}`, section: names.section,
    hero: { mediaId: ids.hero }, audio: { mediaId: ids.audio }, tags: names.tags,
    blocks: [
      { type: "paragraph" as const, html: "First <b>paragraph</b><script>alert(1)</script>." },
      { type: "quote" as const, html: "We test everything.", person: "Ada Example", role: "Editor" },
    ],
  };
  const created = await editor.POST("/manage/v1/articles", {
    body: content, params: { header: { "Idempotency-Key": `article-${unique}` } },
  });
  run.expect("createArticle", created.response, 201);
  const article = required(created.data, "no article");
  assert(article.status === "draft" && !JSON.stringify(article).includes("<script"), "unsafe or published draft");
  const replay = await editor.POST("/manage/v1/articles", {
    body: content, params: { header: { "Idempotency-Key": `article-${unique}` } },
  });
  assert(replay.response.headers.get("Idempotent-Replayed") === "true" && replay.data?.id === article.id,
    "the replay created another article");
  await problem((await publicApi.GET("/api/v1/articles/{slug}", { params: { path: { slug } } })).error, 404);

  const preview = await editor.POST("/manage/v1/articles/{id}/preview", { params: { path: { id: article.id } } });
  run.expect("createPreviewLink", preview.response, 200);
  const previewed = await publicApi.GET("/api/v1/preview", {
    params: { header: { "Masthead-Preview": required(preview.data, "no preview").token } },
  });
  run.expect("previewArticle", previewed.response, 200);

  const read = await editor.GET("/manage/v1/articles/{id}", { params: { path: { id: article.id } } });
  run.expect("getManagedArticle", read.response, 200);
  const patched = await editor.PATCH("/manage/v1/articles/{id}", {
    params: { path: { id: article.id }, header: { "If-Match": etag(read.response) } },
    body: { kicker: "Smoke" }, headers: { "Content-Type": "application/merge-patch+json" },
  });
  run.expect("patchArticle", patched.response, 200);
  const stale = await editor.PUT("/manage/v1/articles/{id}", {
    params: { path: { id: article.id }, header: { "If-Match": etag(read.response) } }, body: content,
  });
  await problem(stale.error, 412);
  const missing = await editor.PUT("/manage/v1/articles/{id}", {
    params: { path: { id: article.id }, header: { "If-Match": "" } }, body: content,
  });
  await problem(missing.error, 428);
  const replaced = await editor.PUT("/manage/v1/articles/{id}", {
    params: { path: { id: article.id }, header: { "If-Match": etag(patched.response) } },
    body: { ...content, headline: `Smoke test ${unique}, replaced` },
  });
  run.expect("replaceArticle", replaced.response, 200);
  const published = await editor.POST("/manage/v1/articles/{id}/publish", {
    params: { path: { id: article.id }, header: { "If-Match": etag(replaced.response) } }, body: {},
  });
  run.expect("publishArticle", published.response, 200);
  run.expect("listManagedArticles", (await editor.GET("/manage/v1/articles", {
    params: { query: { status: "published", lang: "en", limit: 5 } },
  })).response, 200);

  const bySlug = await publicApi.GET("/api/v1/articles/{slug}", { params: { path: { slug }, query: { lang: "en" } } });
  run.expect("getArticleBySlug", bySlug.response, 200);
  // The operation also declares JSON-LD and ninjs (chosen by Accept), so the generated type is their union; this
  // request sent no Accept and got the API's JSON.
  const delivered = required(bySlug.data, "no delivered article") as Article;
  assert(delivered.blocks.length === 2 && delivered.audio?.durationSeconds === 128, "the article lost content");
  const revalidated = await publicApi.GET("/api/v1/articles/{slug}", {
    params: { path: { slug }, query: { lang: "en" } }, headers: { "If-None-Match": etag(bySlug.response) },
  });
  assert(revalidated.response.status === 304, "revalidation did not give 304");
  run.expect("getArticleById", (await publicApi.GET("/api/v1/articles/id/{id}", {
    params: { path: { id: article.id } },
  })).response, 200);
  await standardFormats(article.id, slug, required(names.tags[0], "no tag"), required(delivered.firstPublishedAt,
    "no first publication"));
  const listed = await publicApi.GET("/api/v1/articles", {
    params: { query: { lang: "en", tag: [required(names.tags[0], "no tag")], section: names.section, limit: 10 } },
  });
  run.expect("listArticles", listed.response, 200);
  assert(listed.data?.items.some((item) => item.id === article.id) === true, "the list misses the article");
  const searched = await publicApi.GET("/api/v1/articles", {
    params: { query: { q: `"smoke test" ${unique}`, lang: "en", tag: names.tags, tagMode: "any", count: true } },
  });
  assert(searched.response.headers.get("Masthead-Search-Mode") === "full-text", "the search is not full-text");
  assert(searched.data?.total === 1 && searched.data.items[0]?.id === article.id, "the search misses the article");
  assert(searched.data.items[0]?.search?.snippet !== undefined, "a search hit has no snippet");
  run.expect("listRelatedArticles", (await publicApi.GET("/api/v1/articles/{slug}/related", {
    params: { path: { slug }, query: { lang: "en", limit: 5 } },
  })).response, 200);
  const byOldTag = await publicApi.GET("/api/v1/articles", { params: { query: { tag: [names.mergedSlug] } } });
  assert(byOldTag.data?.items.some((item) => item.id === article.id) === true, "a merged tag slug lists nothing");
  run.expect("listTags", (await publicApi.GET("/api/v1/tags", { params: { query: { type: "topic", lang: "de" } } }))
    .response, 200);
  run.expect("getTag", (await publicApi.GET("/api/v1/tags/{slug}", {
    params: { path: { slug: required(names.tags[0], "no tag") } },
  })).response, 200);
  const moved = await fetch(`${baseUrl}/api/v1/tags/${names.mergedSlug}`, { redirect: "manual" });
  assert(moved.status === 301, "a merged tag slug does not redirect");
  run.expect("getMedia", (await publicApi.GET("/api/v1/media/{id}", { params: { path: { id: ids.hero } } }))
    .response, 200);
  await problem((await publicApi.GET("/api/v1/articles", { params: { query: { limit: 0 } } })).error, 400);

  const revisions = await editor.GET("/manage/v1/articles/{id}/revisions", { params: { path: { id: article.id } } });
  run.expect("listRevisions", revisions.response, 200);
  const first = required(revisions.data?.items.at(-1), "no revisions");
  run.expect("getRevision", (await editor.GET("/manage/v1/articles/{id}/revisions/{version}", {
    params: { path: { id: article.id, version: first.version } },
  })).response, 200);
  const current = await editor.GET("/manage/v1/articles/{id}", { params: { path: { id: article.id } } });
  const restored = await editor.POST("/manage/v1/articles/{id}/revisions/{version}/restore", {
    params: { path: { id: article.id, version: first.version }, header: { "If-Match": etag(current.response) } },
  });
  run.expect("restoreRevision", restored.response, 200);
  await eventually("article.published and article.updated webhooks", async () =>
    receiver.events.includes("article.published") && receiver.events.includes("article.updated"));
  run.expect("listWebhookDeliveries", (await admin.GET("/manage/v1/webhooks/{id}/deliveries", {
    params: { path: { id: hookId } },
  })).response, 200);

  const synced = new Map<string, unknown>();
  const syncToken = await sync(undefined, synced);
  assert(synced.has(article.id), "a replay of the changes feed misses the published article");

  const unpublished = await editor.POST("/manage/v1/articles/{id}/unpublish", {
    params: { path: { id: article.id }, header: { "If-Match": etag(restored.response) } },
  });
  run.expect("unpublishArticle", unpublished.response, 200);
  await sync(syncToken, synced);
  assert(!synced.has(article.id), "the changes feed did not remove the unpublished article");
  await problem((await publicApi.GET("/api/v1/changes", { params: { query: { since: "forged" } } })).error, 400);
  await problem((await publicApi.GET("/api/v1/articles/{slug}", { params: { path: { slug } } })).error, 404);
  const archived = await editor.POST("/manage/v1/articles/{id}/archive", {
    params: { path: { id: article.id }, header: { "If-Match": etag(unpublished.response) } },
  });
  run.expect("archiveArticle", archived.response, 200);
  const forbiddenDelete = await editor.DELETE("/manage/v1/articles/{id}", {
    params: { path: { id: article.id }, header: { "If-Match": etag(archived.response) } },
  });
  await problem(forbiddenDelete.error, 403);
  const deleted = await admin.DELETE("/manage/v1/articles/{id}", {
    params: { path: { id: article.id }, header: { "If-Match": etag(archived.response) } },
  });
  run.expect("deleteArticle", deleted.response, 204);
  await problem((await admin.GET("/manage/v1/articles/{id}", { params: { path: { id: article.id } } })).error, 404);
  await eventually("the article.unpublished webhook", async () => receiver.events.includes("article.unpublished"));

  await importArticles(editor, ids.hero);

  run.expect("deleteWebhook", (await admin.DELETE("/manage/v1/webhooks/{id}", { params: { path: { id: hookId } } }))
    .response, 204);
  receiver.close();
  const spareMedia = await admin.GET("/manage/v1/media/{id}", { params: { path: { id: ids.spare } } });
  const usedLogo = await admin.DELETE("/manage/v1/media/{id}", {
    params: { path: { id: ids.spare }, header: { "If-Match": etag(spareMedia.response) } },
  });
  await problem(usedLogo.error, 409);
  const unused = await admin.POST("/manage/v1/media", {
    body: { kind: "audio", url: `https://audio.example/unused-${unique}.mp3`, mimeType: "audio/mpeg", durationSeconds: 5 },
  });
  const unusedId = required(unused.data, "no unused media").id;
  run.expect("deleteMedia", (await admin.DELETE("/manage/v1/media/{id}", {
    params: { path: { id: unusedId }, header: { "If-Match": etag(unused.response) } },
  })).response, 204);
  await cleanUpTaxonomy();
  const editorKey = required((await admin.GET("/manage/v1/keys")).data?.items
    .find((key) => key.name === `smoke-editor-${unique}`), "no editor key");
  run.expect("revokeApiKey", (await admin.DELETE("/manage/v1/keys/{id}", { params: { path: { id: editorKey.id } } }))
    .response, 200);
  await problem((await editor.GET("/manage/v1/articles", {})).error, 401);

  const missingOperations = run.missing(contractPath);
  assert(missingOperations.length === 0, `operations the run never called: ${missingOperations.join(", ")}`);
  console.log(`smoke: ${run.count} operations passed against ${baseUrl}`);
}

/** Feeds, sitemaps and the JSON-LD and ninjs representations of the published article. */
async function standardFormats(id: string, slug: string, tag: string, firstPublishedAt: string): Promise<void> {
  const query = { lang: "en", tag, content: "full" as const, limit: 10 };
  const rss = await publicApi.GET("/api/v1/feeds/rss", { params: { query }, parseAs: "text" });
  run.expect("getRssFeed", rss.response, 200);
  assert(String(rss.data).includes(`urn:uuid:${id}`), "the RSS feed misses the article");
  const atom = await publicApi.GET("/api/v1/feeds/atom", { params: { query }, parseAs: "text" });
  run.expect("getAtomFeed", atom.response, 200);
  assert(String(atom.data).includes(`urn:uuid:${id}`), "the Atom feed misses the article");
  const json = await publicApi.GET("/api/v1/feeds/json", { params: { query } });
  run.expect("getJsonFeed", json.response, 200);
  assert(json.data?.items.some((item) => item.id === `urn:uuid:${id}` && item.content_html !== undefined) === true,
    "the JSON Feed misses the article or its body");
  await problem((await publicApi.GET("/api/v1/feeds/json", { params: { query: { limit: 0 } } })).error, 400);

  const index = await publicApi.GET("/api/v1/sitemaps/index.xml", { parseAs: "text" });
  run.expect("getSitemapIndex", index.response, 200);
  assert(String(index.data).includes("/news.xml"), "the sitemap index misses the news sitemap");
  const month = new Date(firstPublishedAt).toISOString().slice(0, 7);
  const articles = await publicApi.GET("/api/v1/sitemaps/articles/{month}.xml", {
    params: { path: { month } }, parseAs: "text",
  });
  run.expect("getArticleSitemap", articles.response, 200);
  assert(String(articles.data).includes(slug), "the month's sitemap misses the article");
  const news = await publicApi.GET("/api/v1/sitemaps/news.xml", { parseAs: "text" });
  run.expect("getNewsSitemap", news.response, 200);
  assert(String(news.data).includes(slug), "the news sitemap misses the article");

  const bySlug = await publicApi.GET("/api/v1/articles/{slug}.jsonld", { params: { path: { slug }, query: { lang: "en" } } });
  run.expect("getArticleJsonLdBySlug", bySlug.response, 200);
  assert(bySlug.data?.["@type"] === "NewsArticle", "the JSON-LD is not a NewsArticle");
  const byId = await publicApi.GET("/api/v1/articles/id/{id}.jsonld", { params: { path: { id } } });
  run.expect("getArticleJsonLdById", byId.response, 200);
  for (const type of ["application/ld+json", "application/vnd.iptc.ninjs+json"]) {
    const negotiated = await fetch(`${baseUrl}/api/v1/articles/id/${id}`, { headers: { Accept: type } });
    assert(negotiated.status === 200 && negotiated.headers.get("Content-Type")?.startsWith(type) === true,
      `Accept: ${type} was not honoured`);
  }
}

/** Sections, tags and media that nothing uses can be deleted; the run leaves none of its own behind. */
async function cleanUpTaxonomy(): Promise<void> {
  const sections = await admin.GET("/manage/v1/sections", { params: { query: { limit: 100 } } });
  for (const section of sections.data?.items ?? []) {
    if (section.content.slug === `smoke-${unique}`) {
      const read = await admin.GET("/manage/v1/sections/{id}", { params: { path: { id: section.id } } });
      run.expect("deleteSection", (await admin.DELETE("/manage/v1/sections/{id}", {
        params: { path: { id: section.id }, header: { "If-Match": etag(read.response) } },
      })).response, 204);
    }
  }
  const tags = await admin.GET("/manage/v1/tags", { params: { query: { limit: 100, type: "place" } } });
  for (const tag of tags.data?.items ?? []) {
    if (tag.content.slug === `smoke-place-${unique}`) {
      const read = await admin.GET("/manage/v1/tags/{id}", { params: { path: { id: tag.id } } });
      run.expect("deleteTag", (await admin.DELETE("/manage/v1/tags/{id}", {
        params: { path: { id: tag.id }, header: { "If-Match": etag(read.response) } },
      })).response, 204);
    }
  }
}

async function importArticles(editor: MastheadClient, heroId: string): Promise<void> {
  const line = (n: number) => JSON.stringify({
    status: "published",
    article: { language: "de", headline: `Importierter Artikel ${n} ${unique}`, hero: { mediaId: heroId },
      blocks: [{ type: "paragraph", html: `Absatz ${n}.` }] },
  });
  const ndjson = [line(1), "{not json", line(2)].join("\n") + "\n";
  const started = await editor.POST("/manage/v1/import", {
    body: ndjson as never, bodySerializer: (body: unknown) => String(body),
    headers: { "Content-Type": "application/x-ndjson" },
  });
  run.expect("startImport", started.response, 202);
  const jobId = required(started.data, "no import job").id;
  await eventually("the import to complete", async () => {
    const job = await editor.GET("/manage/v1/import/{id}", { params: { path: { id: jobId } } });
    run.expect("getImport", job.response, 200);
    return job.data?.status === "completed";
  });
  const job = required((await editor.GET("/manage/v1/import/{id}", { params: { path: { id: jobId } } })).data, "no job");
  assert(job.succeeded === 2 && job.failed === 1, `import counts ${job.succeeded}/${job.failed}`);
  const errors = await editor.GET("/manage/v1/import/{id}/errors", { params: { path: { id: jobId } } });
  run.expect("listImportErrors", errors.response, 200);
  assert(errors.data?.items[0]?.line === 2, "the invalid line is not reported as line 2");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
