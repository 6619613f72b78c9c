import { fold } from './normalise';

/**
 * "Ik weet het niet" is an answer: for the consistency view it says that this
 * person does not see the item in practice, which the panel will notice too.
 * Only a short answer that is nothing more than that counts; "ik weet niet
 * precies hoe, maar …" is an answer with content and is coached as one.
 */
const DONT_KNOW = [
  String.raw`(?:ik )?weet (?:ik )?(?:het |dat )?(?:nog )?niet(?: precies| zo goed| goed)?`,
  String.raw`dat weet ik (?:nog )?niet`,
  String.raw`geen (?:idee|flauw idee)`,
  String.raw`(?:daar )?heb ik geen (?:idee|zicht op|beeld van)`,
  String.raw`onbekend`,
  String.raw`(?:i )?(?:do not|don't|dont) know(?: yet)?`,
  String.raw`no idea`,
  String.raw`not sure`,
].join('|');

const WHOLE = new RegExp(String.raw`^(?:(?:nee|sorry|eerlijk gezegd|helaas|no|honestly),? )?(?:${DONT_KNOW})[.!?… ]*$`, 'u');

export function isDontKnow(text: string): boolean {
  const folded = fold(text.trim()).lower.replace(/\s+/g, ' ');
  return folded.length <= 60 && WHOLE.test(folded);
}
