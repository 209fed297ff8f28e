export interface FixtureRoute { url: string; file?: string; html?: string }
export interface FixtureServer {
  port: number;
  hostRules: string;
  setHtml(url: string, html: string): void;
  close(): Promise<void>;
}
export function startFixtureServer(routes: FixtureRoute[]): Promise<FixtureServer>;
