/**
 * "Online" means the server answered, not navigator.onLine: a tablet on a captive portal or
 * a dead 4G link reports online while nothing gets through.
 */
export async function probeServer(timeoutMs = 5000): Promise<'online' | 'offline' | 'server-down'> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch('/api/health', { cache: 'no-store', signal: controller.signal });
    return response.ok ? 'online' : 'server-down';
  } catch {
    return 'server-down';
  } finally {
    clearTimeout(timer);
  }
}
