/**
 * A minimal SMTP client on node:net/node:tls — enough to hand plain-text UTF-8 mail to a relay:
 * `smtp://[user:pass@]host[:25|587]` (STARTTLS when the server offers it) or
 * `smtps://[user:pass@]host[:465]` (TLS from the start); AUTH PLAIN when a user is given.
 * `?tls=insecure` accepts a self-signed relay certificate. No dependency needed.
 */
import { randomUUID } from 'node:crypto';
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';

export type MailMessage = { from: string; to: string; subject: string; text: string };

const TIMEOUT_MS = 20_000;

function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

function wrap(base64: string): string {
  return base64.replace(/.{1,76}/g, '$&\r\n');
}

/** The RFC 5322 message: UTF-8 text, base64 body (so no line ever starts with "."). */
export function buildMessage(msg: MailMessage, now = new Date()): string {
  const domain = msg.from.split('@')[1]?.replace(/[>\s]/g, '') || 'localhost';
  const headers = [
    `From: ${msg.from}`,
    `To: ${msg.to}`,
    `Subject: ${encodeHeader(msg.subject)}`,
    `Date: ${now.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${wrap(Buffer.from(msg.text.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64'))}`;
}

type Conn = {
  socket: Socket | TLSSocket;
  read: () => Promise<{ code: number; lines: string[] }>;
  write: (line: string) => void;
};

function converse(socket: Socket | TLSSocket): Conn {
  let buffer = '';
  const waiting: (() => void)[] = [];
  let failure: Error | null = null;
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    waiting.splice(0).forEach((w) => {
      w();
    });
  });
  socket.on('error', (e) => {
    failure = e;
    waiting.splice(0).forEach((w) => {
      w();
    });
  });
  socket.on('close', () => {
    failure ??= new Error('Máy chủ thư đóng kết nối.');
    waiting.splice(0).forEach((w) => {
      w();
    });
  });
  async function read() {
    const lines: string[] = [];
    for (;;) {
      const nl = buffer.indexOf('\r\n');
      if (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        lines.push(line);
        if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) return { code: Number(line.slice(0, 3)), lines };
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }
  return { socket, read, write: (line) => socket.write(`${line}\r\n`) };
}

async function expect(conn: Conn, codes: number[], what: string) {
  const reply = await conn.read();
  if (!codes.includes(reply.code)) throw new Error(`SMTP ${what}: ${reply.lines.join(' ').slice(0, 300)}`);
  return reply;
}

function open(url: URL, tls: boolean): Promise<Socket | TLSSocket> {
  const port = Number(url.port || (tls ? 465 : 25));
  const insecure = url.searchParams.get('tls') === 'insecure';
  return new Promise((resolve, reject) => {
    const socket = tls
      ? tlsConnect({ host: url.hostname, port, servername: url.hostname, rejectUnauthorized: !insecure })
      : netConnect({ host: url.hostname, port });
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error('Hết thời gian chờ máy chủ thư.')));
    socket.once(tls ? 'secureConnect' : 'connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Deliver one message. Throws with the server's reply on refusal. */
export async function sendMail(smtpUrl: string, msg: MailMessage): Promise<void> {
  const url = new URL(smtpUrl);
  const implicitTls = url.protocol === 'smtps:';
  let conn = converse(await open(url, implicitTls));
  try {
    await expect(conn, [220], 'chào');
    const helo = 'tct.local';
    conn.write(`EHLO ${helo}`);
    let ehlo = await expect(conn, [250], 'EHLO');
    if (!implicitTls && ehlo.lines.some((l) => /STARTTLS/i.test(l))) {
      conn.write('STARTTLS');
      await expect(conn, [220], 'STARTTLS');
      const plain = conn.socket as Socket;
      plain.removeAllListeners('data');
      const secured = await new Promise<TLSSocket>((resolve, reject) => {
        const s = tlsConnect({
          socket: plain,
          servername: url.hostname,
          rejectUnauthorized: url.searchParams.get('tls') !== 'insecure',
        });
        s.once('secureConnect', () => resolve(s));
        s.once('error', reject);
      });
      conn = converse(secured);
      conn.write(`EHLO ${helo}`);
      ehlo = await expect(conn, [250], 'EHLO');
    }
    if (url.username) {
      const token = Buffer.from(
        `\0${decodeURIComponent(url.username)}\0${decodeURIComponent(url.password)}`,
        'utf8',
      ).toString('base64');
      conn.write(`AUTH PLAIN ${token}`);
      await expect(conn, [235], 'AUTH');
    }
    const address = (s: string) => /<([^>]+)>/.exec(s)?.[1] ?? s.trim();
    conn.write(`MAIL FROM:<${address(msg.from)}>`);
    await expect(conn, [250], 'MAIL FROM');
    conn.write(`RCPT TO:<${address(msg.to)}>`);
    await expect(conn, [250, 251], 'RCPT TO');
    conn.write('DATA');
    await expect(conn, [354], 'DATA');
    conn.socket.write(`${buildMessage(msg)}\r\n.\r\n`);
    await expect(conn, [250], 'gửi nội dung');
    conn.write('QUIT');
  } finally {
    conn.socket.end();
  }
}
