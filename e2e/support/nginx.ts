// nginx (Debian's package) in front of app instances, unprivileged, on loopback, with its own
// configuration in a temporary directory: the reverse proxy of docs/deploy.md, as the scale-out
// test runs it. Each answer says which instance gave it (X-Upstream), for the test.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));

/** The `upstream` and `location` of docs/deploy.md, with ports in place of the instances' (kept in step by the test). */
export function proxyConfig(instancePorts: number[]): string {
  return readFileSync(path.resolve(import.meta.dirname, "../../docs/nginx-atlas.conf"), "utf8").replace(
    /upstream atlas \{[^}]*\}/,
    `upstream atlas {\n${instancePorts.map((port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}\n  keepalive 16;\n}`,
  );
}

export async function startNginx(options: { port: number; instancePorts: number[] }): Promise<{ url: string; stop: () => Promise<void>; errors: () => string }> {
  if (!NGINX) throw new Error("nginx is not installed (Debian: apt-get install nginx)");
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-nginx-"));
  // started as root (CI), nginx's workers run as nobody: they need to reach their temporary files
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(dir, 0o755);
  // plain http on a loopback port: no redirect to https, no TLS
  const site = proxyConfig(options.instancePorts)
    .replace(/server \{[^{}]*return 301[^{}]*\}/, "")
    .replace(/^\s*listen \[::\][^;]*;\s*$/gm, "")
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${options.port};`)
    .replace(/^\s*(ssl_[a-z_]+|http2)\b[^;]*;\s*$/gm, "")
    .replace(/^#.*$/gm, "");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
${asRoot ? "user nobody nogroup;" : ""}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  add_header X-Upstream $upstream_addr always;
${site}
}
`,
  );
  const check = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}\n${readFileSync(path.join(dir, "nginx.conf"), "utf8")}`);
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  const url = `http://127.0.0.1:${options.port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/api/health`).then(() => true, () => false)) break;
    if (child.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    errors: () => (existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : ""),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
