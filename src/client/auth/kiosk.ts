import { workerDb } from '../db/databases';
import { navigate } from '../router/router';
import { session } from '../state/session-store';

/** Kiosk mode survives a reload: a family cannot leave it by refreshing the page. */
export async function setKiosk(on: boolean): Promise<void> {
  await workerDb.deviceState.put({ key: 'kiosk', on });
  session.setState({ kiosk: on });
  navigate(on ? '/familles' : '/', { replace: true });
}
