import { execFileSync } from 'node:child_process';

/** The browser suite always runs against a fresh build of dist/chrome. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'inherit' });
}
