// `pnpm muster …` from anywhere in the repository: runs the built command
// in the folder the user called pnpm from (INIT_CWD), not the repository
// root where pnpm runs scripts, so relative paths mean what the user meant.
process.chdir(process.env.INIT_CWD ?? process.cwd());
await import('../packages/cli/dist/bin.js');
