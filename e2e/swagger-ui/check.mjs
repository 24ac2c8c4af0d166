// Swagger UI in a real browser: Debian's Chromium (headless, no browser download) opens the gateway's Swagger UI,
// which must load without console errors; "Authorize" takes the caller token; "Try it out" on listOrders with
// accountId `demo` must show a 200 with orders. Screenshots go to OUT_DIR.
//   GATEWAY_URL=http://127.0.0.1:8080 OMNICART_TOKEN=... [CHROMIUM=/usr/bin/chromium] [OUT_DIR=target] node check.mjs
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const gateway = required("GATEWAY_URL").replace(/\/+$/, "");
const token = required("OMNICART_TOKEN");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const outDir = process.env.OUT_DIR ?? "target";
const TIMEOUT = 60_000;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

function log(message) {
  console.error(`[swagger-ui] ${message}`);
}

await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--window-size=1400,1000"],
  defaultViewport: { width: 1400, height: 1000 },
});
const problems = [];
const page = await browser.newPage();
try {
  page.setDefaultTimeout(TIMEOUT);
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location()?.url ?? ""})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  page.on("response", (response) => {
    const url = response.url();
    // The one call expected to be answered by the API itself is the try-out; every page resource must load.
    if (response.status() >= 400 && !url.includes("/v1/")) problems.push(`HTTP ${response.status()} for ${url}`);
  });

  // 1. The page loads and renders the document's operations.
  const response = await page.goto(`${gateway}/swagger-ui.html`, { waitUntil: "networkidle0", timeout: TIMEOUT });
  if (!response || !response.ok()) throw new Error(`Swagger UI answered ${response?.status()}`);
  await page.waitForSelector(".swagger-ui .information-container .title");
  const title = await page.$eval(".swagger-ui .information-container .title", (el) => el.textContent.trim());
  const operations = await page.$$eval(".opblock", (els) => els.length);
  log(`loaded "${title}" with ${operations} operations at ${page.url()}`);
  if (operations < 20) throw new Error(`only ${operations} operations rendered`);
  await page.screenshot({ path: join(outDir, "swagger-ui-loaded.png") });

  // 2. Authorize with the caller token.
  await page.click(".swagger-ui .auth-wrapper .btn.authorize");
  const input = await page.waitForSelector(".swagger-ui .modal-ux .auth-container input");
  await input.type(token);
  await page.click(".swagger-ui .modal-ux .auth-btn-wrapper .btn.modal-btn.authorize");
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".swagger-ui .modal-ux .auth-btn-wrapper button")].some((b) => /logout/i.test(b.textContent)),
  );
  const authorizedText = await page.$eval(".swagger-ui .modal-ux .auth-container", (el) => el.textContent);
  if (!/authorized/i.test(authorizedText)) throw new Error("the Authorize dialog does not show the scheme as authorized");
  await page.click(".swagger-ui .modal-ux .btn-done, .swagger-ui .modal-ux .close-modal");
  await page.waitForSelector(".swagger-ui .modal-ux", { hidden: true });
  log("Authorize accepted the token");

  // 3. Try it out: listOrders on the demo store.
  const operation = await page.waitForSelector('.swagger-ui .opblock[id$="-listOrders"]');
  await operation.evaluate((el) => el.scrollIntoView());
  await (await operation.$(".opblock-summary")).click();
  const tryOut = await page.waitForSelector('.swagger-ui .opblock[id$="-listOrders"] .try-out__btn');
  await tryOut.click();
  await page.waitForSelector('.swagger-ui .opblock[id$="-listOrders"] tr[data-param-name="accountId"] input');
  // Swagger UI fills each field with the parameter's example or default: clear them all, then set ours.
  const fields = await page.$$('.swagger-ui .opblock[id$="-listOrders"] tr[data-param-name] input[type="text"]');
  for (const field of fields) {
    await field.click({ count: 3 });
    await page.keyboard.press("Backspace");
  }
  const param = (name) => page.$(`.swagger-ui .opblock[id$="-listOrders"] tr[data-param-name="${name}"] input`);
  await (await param("accountId")).type("demo");
  await (await param("limit")).type("5");
  const invalid = await page.$$eval('.swagger-ui .opblock[id$="-listOrders"] .validation-errors', (els) =>
    els.map((el) => el.textContent.trim()),
  );
  if (invalid.length) throw new Error(`Swagger UI refuses the parameters: ${invalid.join("; ")}`);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/v1/accounts/demo/orders") && r.request().method() === "GET"),
    page.click('.swagger-ui .opblock[id$="-listOrders"] .btn.execute'),
  ]);
  if (answer.request().headers().authorization !== `Bearer ${token}`) {
    throw new Error("the try-out request did not carry the authorized token");
  }
  const statusCell = await page.waitForSelector(
    '.swagger-ui .opblock[id$="-listOrders"] .live-responses-table .response .response-col_status',
  );
  const status = (await statusCell.evaluate((el) => el.textContent)).trim();
  const body = await page.$eval(
    '.swagger-ui .opblock[id$="-listOrders"] .live-responses-table .response .response-col_description pre',
    (el) => el.textContent,
  );
  // The screenshots are CI artifacts: mask the token where Swagger UI shows it (the curl command).
  await page.evaluate((secret) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue.includes(secret)) node.nodeValue = node.nodeValue.replaceAll(secret, "<token>");
    }
  }, token);
  const shown = await page.evaluate((secret) => document.body.innerText.includes(secret), token);
  if (shown) throw new Error("the token is still visible on the page; not saving screenshots");
  await page.$eval('.swagger-ui .opblock[id$="-listOrders"] .live-responses-table', (el) => el.scrollIntoView());
  await page.evaluate(() => window.scrollBy(0, -260));
  await page.screenshot({ path: join(outDir, "swagger-ui-listOrders.png") });
  await page.screenshot({ path: join(outDir, "swagger-ui-full.png"), fullPage: true });
  if (!status.startsWith("200")) throw new Error(`Try it out shows status "${status}", expected 200`);
  const json = JSON.parse(body);
  if (!Array.isArray(json.data) || json.data.length === 0 || !json.data[0].id || !json.data[0].number) {
    throw new Error(`the response shown is not a page of orders: ${body.slice(0, 200)}`);
  }
  log(`Try it out on listOrders: ${status}, ${json.data.length} orders shown (first #${json.data[0].number}), ` +
    `total ${json.page?.total}`);

  if (problems.length) throw new Error(`the page reported problems:\n  ${problems.join("\n  ")}`);
  log(`no console errors; screenshots in ${outDir}`);
} catch (error) {
  await page.screenshot({ path: join(outDir, "swagger-ui-failure.png"), fullPage: true }).catch(() => undefined);
  if (problems.length) log(`problems seen:\n  ${problems.join("\n  ")}`);
  throw error;
} finally {
  await browser.close();
}
