// A plain-text progress bar for the terminal: redrawn in place on a TTY, a line per tenth otherwise.

export function progressBar(
  title: string,
  stream: NodeJS.WriteStream = process.stdout,
): { update: (fraction: number, label: string) => void; done: (message: string) => void } {
  const width = 30;
  let lastTenth = -1;
  let lastText = '';
  const line = (fraction: number, label: string) => {
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    return `${title} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${label}`;
  };
  return {
    update(fraction, label) {
      const text = line(fraction, label);
      if (stream.isTTY) {
        if (text !== lastText) stream.write(`\r${text.padEnd(lastText.length)}`);
        lastText = text;
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${text}\n`);
      }
    },
    done(message) {
      if (stream.isTTY && lastText) stream.write(`\r${line(1, message).padEnd(lastText.length)}\n`);
      else stream.write(`${line(1, message)}\n`);
    },
  };
}
