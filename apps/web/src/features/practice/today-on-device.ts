/** Today's date on this device's own calendar (YYYY-MM-DD), which is the client's. */
export function todayOnDevice(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
