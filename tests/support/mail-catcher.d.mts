export type CaughtMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  date: string;
};

export function startMailCatcher(options?: { http?: boolean }): Promise<{
  smtpUrl: string;
  readerUrl: string | null;
  messages: CaughtMail[];
  stop: () => Promise<void>;
}>;
