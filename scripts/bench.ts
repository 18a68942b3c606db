/**
 * npm run bench [-- node|chromium]: speed. Node throughput of the core beside compromise, and in
 * real Chromium the content script's start-to-painted time beside Readability's parse() per page.
 */
async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const parts = asked.length ? asked : ['node', 'chromium'];
  for (const part of parts) {
    if (!['node', 'chromium'].includes(part)) throw new Error(`bench: unknown part ${part} (node, chromium)`);
    console.log(`\n######## ${part}`);
    const mod = (await import(`./bench/${part}.ts`)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
