// What sending to Slack needs: the workspace's Web API client, where form
// definitions are kept for their "open form" buttons, and the log.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/logger';
import type { FormRefs } from './form-refs';

export interface DeliverDeps {
  client: webApi.WebClient;
  formRefs: FormRefs;
  logger: Logger;
}
