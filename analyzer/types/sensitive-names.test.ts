import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDefaultSensitiveName, nameWords } from './sensitive-names.js';

describe('default sensitive names', () => {
  it('splits names into words at case changes, digits, _ and -', () => {
    assert.deepEqual(nameWords('userAPIKey'), ['user', 'api', 'key']);
    assert.deepEqual(nameWords('refresh_tokens-2'), ['refresh', 'token']);
  });

  it('drops a plural s only from words of four letters or more, never from ss', () => {
    assert.deepEqual(nameWords('is_gas_keys_pass'), ['is', 'gas', 'key', 'pass']);
  });

  for (const name of ['apiKey', 'API_KEY', 'privateKey', 'clientSecret', 'secrets', 'password', 'dbPasswd', 'credentials', 'ssn', 'token', 'accessToken', 'authToken', 'refresh_token', 'bearerToken', 'sessionToken', 'idToken', 'openaiApiKey', 'apikey', 'APIKEY', 'x-apikey', 'openai_apikey', 'privatekey', 'sshPrivatekey', 'ADMIN_TOKEN', 'githubToken', 'GITHUB_TOKENS', 'slackBotToken', 'BILLING_API_KEY']) {
    it(`'${name}' is sensitive`, () => assert.equal(isDefaultSensitiveName(name), true));
  }
  for (const name of ['maxTokens', 'max_tokens', 'MAX_OUTPUT_TOKENS', 'promptTokens', 'completion_tokens', 'inputTokens', 'outputTokens', 'reasoningTokens', 'cachedTokens', 'usedTokens', 'totalTokens', 'numTokens', 'minTokens', 'tokenCount', 'tokenLimit', 'tokenBudget', 'tokenUsage', 'keyboard', 'apiVersion', 'goal', 'userId', 'tokenizer', 'passage', 'apiKeyboard', 'keyApi', 'private', 'publicKey', 'primaryKey', 'apiPrivate']) {
    it(`'${name}' is not sensitive`, () => assert.equal(isDefaultSensitiveName(name), false));
  }
});
