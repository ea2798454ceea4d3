import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

export async function draftWith(model: BaseChatModel, topic: string): Promise<string> {
  const answer = await model.invoke(`Draft a plan for ${topic}`);
  return String(answer.content);
}
