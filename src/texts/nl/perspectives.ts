// Each minimum item of the Kwaliteitskader (§ 2, "wat moet minimaal zichtbaar
// zijn") asked from where a student or a board member stands: what they notice
// and lived through, or what they decide, fund and steer. The item itself is
// shown under it, unchanged.
import type { ReflectionTexts } from '../sections/reflection';

export const perspectiveNl: ReflectionTexts['perspective'] = {
  students: {
    'lerende-leraar.minimum.1':
      'Weet jij aan welke bekwaamheden of leeruitkomsten je aan het eind moet voldoen? Waar kwam je ze tegen: in opdrachten, je beoordeling, gesprekken op school?',
    'lerende-leraar.minimum.2':
      'Hoe leer jij het vak in dit partnerschap: wat leer je op school, wat op de opleiding, en past dat bij jouw route (voltijd, deeltijd, zij-instroom)?',
    'lerende-leraar.minimum.3':
      'Merk je dat school en opleiding van dezelfde uitgangspunten uitgaan? Beschrijf een moment waarop je dat zag, of juist niet.',
    'lerende-leraar.minimum.4':
      'Vertellen je werkplekbegeleider, je schoolopleider en je instituutsopleider hetzelfde over wat een goede leraar is? Waaraan merk je dat?',
    'leeromgeving.minimum.1':
      'Hoe ziet jouw programma eruit: wat doe je op school en wat op de opleiding, en sluit het op elkaar aan?',
    'leeromgeving.minimum.2':
      'Wie begeleiden jou op school en vanuit de opleiding, en wanneer werken zij samen rond jou, bijvoorbeeld in een driehoeksgesprek?',
    'leeromgeving.minimum.3':
      'Weet je wat er van je verwacht wordt en hoe je feedback en je beoordeling krijgt? Hoe ging dat de laatste keer?',
    'leeromgeving.minimum.4':
      'Wat helpt jou op je werkplek om te groeien, en wat mis je? Geef een voorbeeld uit de afgelopen weken.',
    'organisatie.minimum.1':
      'Weet je bij wie je terechtkunt als er iets niet goed gaat op je school of in je opleiding? Is dat ooit gebeurd, en hoe ging het?',
    'organisatie.minimum.2': 'Is het voor jou duidelijk wie waarvoor verantwoordelijk is: wie begeleidt je en wie beoordeelt je?',
    'organisatie.minimum.3': 'Merk je dat je begeleiders zijn toegerust om studenten te begeleiden? Waaraan?',
    'kwaliteitscultuur.minimum.1':
      'Wordt jou gevraagd wat je van je opleiding en begeleiding vindt? Hoe, en heb je gemerkt dat er iets mee gedaan is?',
    'kwaliteitscultuur.minimum.2':
      'Ben je weleens betrokken bij een gesprek over wat goed gaat en wat beter kan in het partnerschap? Wat werd er besproken?',
    'kwaliteitscultuur.minimum.3': 'Heb je een verbetering gezien die voortkwam uit wat studenten in evaluaties zeiden? Welke?',
  },
  'board-members': {
    'lerende-leraar.minimum.1':
      'Welk beeld van de leraar heeft het bestuur met de opleiding vastgesteld, en waar heb je dat besproken of besloten?',
    'lerende-leraar.minimum.2':
      'Welke visie op het leren van aanstaande leraren draagt het bestuur uit, en waar zie je die terug in de keuzes die je maakt (bijvoorbeeld voor zij-instromers)?',
    'lerende-leraar.minimum.3':
      'Welke uitgangspunten voor het samen opleiden heeft het bestuur met de partners vastgelegd, en hoe stuur je erop?',
    'lerende-leraar.minimum.4':
      'Hoe zorgt het bestuur dat beroepsbeeld en visie tot in de scholen gedragen worden: waar spreek je erover, wat vraag je van schoolleiders?',
    'leeromgeving.minimum.1':
      'Wat heeft het bestuur besloten of geregeld (tijd, geld, mensen) zodat er één gezamenlijk opleidingsprogramma is?',
    'leeromgeving.minimum.2':
      'Hoe weet het bestuur of het programma op de scholen echt samen wordt uitgevoerd, en wat doe je als dat niet zo is?',
    'leeromgeving.minimum.3':
      'Welke afspraken over doelen, programma en beoordeling heeft het bestuur mee vastgesteld, en waar liggen ze vast?',
    'leeromgeving.minimum.4':
      'Wat investeert het bestuur in de scholen als leerwerkplek (begeleidingstijd, opgeleide begeleiders), en hoe volg je of dat werkt?',
    'organisatie.minimum.1':
      'In welke overleggen beslist het bestuur mee over het samen opleiden, met wie, en welk besluit nam je daar onlangs?',
    'organisatie.minimum.2':
      'Hoe zijn de taken en benodigde bekwaamheden van opleiders en begeleiders vastgelegd, en hoe verankert het bestuur ze (functies, uren, scholing)?',
    'organisatie.minimum.3':
      'Welke aanpak voor de professionalisering van schoolopleiders, werkplekbegeleiders en instituutsopleiders heeft het bestuur, en hoe financiert het die?',
    'kwaliteitscultuur.minimum.1':
      'Hoe volgt het bestuur de kwaliteit van het samen opleiden: welke informatie krijg je, en wat doe je ermee?',
    'kwaliteitscultuur.minimum.2':
      'Hoe vaak en met wie bespreekt het bestuur of jullie de goede dingen doen en of je ze goed doet? Wat kwam er de laatste keer uit?',
    'kwaliteitscultuur.minimum.3':
      'Op welke gegevens baseert het bestuur zijn besluiten over het samen opleiden, en welke vervolgstap is daarna echt uitgevoerd?',
  },
};
