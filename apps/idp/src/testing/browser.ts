/**
 * A very small "browser" for tests: fetch without automatic redirects, with a cookie jar that honours
 * cookie paths and deletions. Enough to drive the login flow of the provider over real HTTP.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(new URL(url).pathname);
    if (cookie) headers.set('Cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(response, new URL(url).pathname);
    return response;
  }

  /** Follows redirects (GET) until a response is not a redirect or leaves `origin`. */
  async follow(url: string, origin: string): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hops = 0; hops < 10; hops += 1) {
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
      if (new URL(current).origin !== origin) return { url: current, response };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  postForm(url: string, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  private cookieHeader(path: string): string {
    return [...this.cookies]
      .filter(
        ([, cookie]) =>
          path === cookie.path ||
          path.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`),
      )
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  private store(response: Response, requestPath: string): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const attribute = (key: string): string | undefined =>
        attributes.find((item) => item.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const expires = attribute('expires');
      const deleted = value === '' || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (deleted) this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attribute('path') ?? requestPath });
    }
  }
}

/** The value of the first `<input>` with this name in an HTML page. */
export function inputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  return match?.[1];
}

export function formAction(html: string): string | undefined {
  return /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
}
