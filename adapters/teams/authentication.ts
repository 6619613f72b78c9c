// TeamsConfig → the SDK's Bot Framework authentication. An empty app id is how
// the SDK spells "accept unauthenticated traffic" (config.ts keeps that mode on loopback).
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from '../../src/config';

export function createAuthentication(config: TeamsConfig): ConfigurationBotFrameworkAuthentication {
  if (!config.authenticated) return new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' });
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    // A managed identity has no password; the SDK refuses one.
    MicrosoftAppPassword: config.appType === 'UserAssignedMSI' ? '' : config.appPassword,
    MicrosoftAppTenantId: config.tenantId,
    MicrosoftAppType: config.appType,
  });
}
