// A real SMTP server on loopback for the tests (smtp-server), which parses
// each received mail (mailparser) and keeps it in memory. The browser tests
// read them over a small HTTP endpoint on loopback: GET /messages?to=ADDRESS.
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// smtp-server wraps a net.Server as `.server`; an http.Server is one itself.
function listen(server) {
  const socket = server.server ?? server;

  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(socket.address().port));
  });
}

function toSummary(parsed) {
  return {
    to: parsed.to?.value.map((entry) => entry.address?.toLowerCase()) ?? [],
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    date: new Date().toISOString(),
  };
}

/** Starts the SMTP server and, if asked, its HTTP reader; resolves with both. */
export async function startMailCatcher({ http = false } = {}) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => messages.push(toSummary(parsed)))
        .then(() => callback(), callback);
    },
  });
  // A client that drops its connection (a test ending while a mail sent in
  // the background is still on its way) is not a failure of the server; left
  // unhandled, smtp-server's "error" event would end the whole test process.
  smtp.on("error", () => {});
  const smtpPort = await listen(smtp);

  let reader = null;
  let readerUrl = null;
  if (http) {
    reader = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const to = url.searchParams.get("to")?.toLowerCase();
      const found = to ? messages.filter((message) => message.to.includes(to)) : messages;

      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(found));
    });
    readerUrl = `http://127.0.0.1:${await listen(reader)}`;
  }

  async function stop() {
    await new Promise((resolve) => smtp.close(resolve));
    if (reader) await new Promise((resolve) => reader.close(resolve));
  }

  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, readerUrl, messages, stop };
}
