/** Renders many article bodies, reusing cached renders where the body has not changed. */
import { renderMarkdown, type RenderedMarkdown } from "./pipeline.ts";
import { RenderCache } from "./render-cache.ts";

/** Renders every body (in order), reading and updating the disk cache. */
export async function renderAll(bodies: string[], cache: RenderCache | undefined): Promise<RenderedMarkdown[]> {
  const results: RenderedMarkdown[] = new Array(bodies.length);
  bodies.forEach((body, index) => {
    const key = RenderCache.keyOf(body);
    let rendered = cache?.get(key);
    if (!rendered) {
      rendered = renderMarkdown(body);
      cache?.set(key, rendered);
    }
    results[index] = rendered;
  });
  cache?.save();
  return results;
}
