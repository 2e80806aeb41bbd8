// Lines of at most 100 characters in source (issue 15). Biome formats code to 100 columns but
// leaves comments, strings, template literals and regular expressions as they are written, so
// this checks every line. Usage, from anywhere:
//   node test/lint/line-length.mjs [path …]
// Paths (folders or files, relative to the repository) narrow the check; with none it checks
// worker/, client/, questions/ and test/. It lists each line over the limit as
// "file:line: N characters" and exits 1; it exits 2 when a path names no source file.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MAX = 100;
const ROOTS = ["worker", "client", "questions", "test"];
const SOURCE = /\.(?:ts|tsx|mjs|js|css)$/;
/** Written by tools or taken from elsewhere, not by hand: wrangler types, builds, test articles. */
const SKIPPED = [
  /^worker\/worker-configuration\.d\.ts$/,
  /(?:^|\/)generated\//,
  /^client\/dist\//,
  /^test\/fixtures\//,
];

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Source files git tracks (or would: new files not ignored count too) under `path`. */
function sourceFiles(path) {
  const listed = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", path],
    { cwd: root, encoding: "utf8" },
  );
  return listed
    .split("\0")
    .filter((file) => SOURCE.test(file) && !SKIPPED.some((skip) => skip.test(file)));
}

/** Characters, not UTF-16 units or bytes: "…" and "👩" are one each. */
const width = (line) => [...line].length;

const paths = process.argv.length > 2 ? process.argv.slice(2) : ROOTS;
const files = new Set();
for (const path of paths) {
  const found = sourceFiles(path);
  if (!found.length) {
    console.error(`line-length: no source files under ${path}`);
    process.exit(2);
  }
  for (const file of found) files.add(file);
}

let long = 0;
for (const file of [...files].sort()) {
  let text;
  try {
    text = readFileSync(`${root}/${file}`, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") continue; // deleted, not yet staged
    throw err;
  }
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const n = width(line);
    if (n > MAX) {
      console.error(`${file}:${i + 1}: ${n} characters`);
      long++;
    }
  }
}
if (long) {
  console.error(`\n${long} line${long === 1 ? "" : "s"} over ${MAX} characters`);
  process.exit(1);
}
