import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";

/** The generated schema types, re-exported under short names for application code. */
export type Article = components["schemas"]["Article"];
export type ArticleSummary = components["schemas"]["ArticleSummary"];
export type ArticleContent = components["schemas"]["ArticleContent"];
export type ManagedArticle = components["schemas"]["ManagedArticle"];
export type Problem = components["schemas"]["Problem"];

export type MastheadClient = Client<paths>;

/** A client of the public delivery API. */
export function deliveryClient(baseUrl: string): MastheadClient {
  return createClient<paths>({ baseUrl });
}

/** A client of the management API that sends the API key with every request. */
export function managementClient(baseUrl: string, token: string): MastheadClient {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** Every error body is an RFC 9457 problem; this narrows an unknown error to one. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}
