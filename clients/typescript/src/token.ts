/** A caller token, or a function that returns the current one (called for every request, so it can refresh). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export async function resolveToken(token: TokenSource | undefined): Promise<string | undefined> {
  return typeof token === "function" ? await token() : token;
}
