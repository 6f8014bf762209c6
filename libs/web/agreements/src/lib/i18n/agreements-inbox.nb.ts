/**
 * Norsk bokmål for a director's approval inbox (`/godkjenninger`), the notifications (`/varsler`) and one
 * municipality's agreements with their deadlines (`/avtaler/kommuner/:number`). Loads with the agreements feature.
 */
export const agreementsInboxNb = {
  'agreementsInbox.notSet': 'ikke satt',

  'agreementsInbox.inbox.title': 'Godkjenninger',
  'agreementsInbox.inbox.intro':
    'Avtaler som venter på at du som kommunedirektør godkjenner eller avviser versjonen som vises. Avtalen blir aktiv når alle partene har godkjent; én avvisning avviser den.',
  'agreementsInbox.inbox.notDirector':
    'Godkjenningene er for kommunedirektører: her godkjenner eller avviser de tjenestekjøpsavtaler på vegne av kommunen sin.',
  'agreementsInbox.inbox.noMunicipality':
    'Innloggingen din sier ikke hvilken kommune du er kommunedirektør i, så vi kan ikke vise hva som venter på deg. Kontakt den som drifter tjenesten.',
  'agreementsInbox.inbox.loading': 'Laster avtalene som venter …',
  'agreementsInbox.inbox.errorHeading': 'Kunne ikke hente godkjenningene',
  'agreementsInbox.inbox.empty': 'Ingen avtaler venter på din godkjenning.',
  'agreementsInbox.inbox.count.one': '{count} avtale venter på din godkjenning.',
  'agreementsInbox.inbox.count.other': '{count} avtaler venter på din godkjenning.',
  'agreementsInbox.inbox.listLabel': 'Avtaler som venter',
  'agreementsInbox.inbox.version': 'Versjon {number}',
  'agreementsInbox.inbox.forMunicipality': 'Til godkjenning for {municipality} ({role})',
  'agreementsInbox.inbox.newVersion':
    'Dette er en ny versjon: godkjenninger av tidligere versjoner gjelder ikke lenger.',
  'agreementsInbox.inbox.legalForm': 'Avtaleform',
  'agreementsInbox.inbox.measure': 'Tiltak',
  'agreementsInbox.inbox.service': 'Tjeneste',
  'agreementsInbox.inbox.seller': 'Selger',
  'agreementsInbox.inbox.buyers': 'Kjøpere',
  'agreementsInbox.inbox.parties': 'Parter',
  'agreementsInbox.inbox.price': 'Pris',
  'agreementsInbox.inbox.priceValue': '{amount} ({model})',
  'agreementsInbox.inbox.volume': 'Omfang',
  'agreementsInbox.inbox.period': 'Periode',
  'agreementsInbox.inbox.periodValue': '{start} – {end}',
  'agreementsInbox.inbox.periodOpen': 'fra {start}, uten sluttdato',
  'agreementsInbox.inbox.notice': 'Oppsigelsestid',
  'agreementsInbox.inbox.noticeMonths.one': '{count} mdr.',
  'agreementsInbox.inbox.noticeMonths.other': '{count} mdr.',
  'agreementsInbox.inbox.diffCaption': 'Endringer fra versjon {from} til versjon {to}',
  'agreementsInbox.inbox.diffNone': 'Versjon {to} har ingen endringer i vilkårene fra versjon {from}.',
  'agreementsInbox.inbox.decisionLegend': 'Din beslutning',
  'agreementsInbox.inbox.comment': 'Kommentar',
  'agreementsInbox.inbox.commentHint':
    'Må fylles ut når du avviser. Kommentaren følger beslutningen og sendes til partene.',
  'agreementsInbox.inbox.commentRequired': 'Skriv en begrunnelse når du avviser avtalen.',
  'agreementsInbox.inbox.approve': 'Godkjenn',
  'agreementsInbox.inbox.reject': 'Avvis',
  'agreementsInbox.inbox.sending': 'Sender …',
  'agreementsInbox.inbox.approved': 'Du godkjente «{title}» (versjon {version}) for {municipality}.',
  'agreementsInbox.inbox.approvedActive':
    'Du godkjente «{title}» (versjon {version}) for {municipality}. Alle partene har godkjent, og avtalen er nå aktiv.',
  'agreementsInbox.inbox.rejected':
    'Du avviste «{title}» (versjon {version}) for {municipality}. Avtalen er avvist, og partene får beskjed.',
  'agreementsInbox.inbox.refusedHeading': 'Beslutningen ble ikke lagret',

  'agreementsInbox.notifications.title': 'Varsler',
  'agreementsInbox.notifications.intro':
    'Varsler om avtaler: når en avtale venter på godkjenning, blir godkjent, avvist eller aktiv. Nyeste først.',
  'agreementsInbox.notifications.loading': 'Laster varslene …',
  'agreementsInbox.notifications.errorHeading': 'Kunne ikke hente varslene',
  'agreementsInbox.notifications.empty': 'Du har ingen varsler.',
  'agreementsInbox.notifications.total.one': '{count} varsel',
  'agreementsInbox.notifications.total.other': '{count} varsler',
  'agreementsInbox.notifications.unreadCount.one': '{count} ulest',
  'agreementsInbox.notifications.unreadCount.other': '{count} uleste',
  'agreementsInbox.notifications.summary': '{total}, {unread}.',
  'agreementsInbox.notifications.shown': 'Viser {shown} av {total}.',
  'agreementsInbox.notifications.listLabel': 'Varslene dine',
  'agreementsInbox.notifications.unread': 'Ulest',
  'agreementsInbox.notifications.markRead': 'Merk som lest',
  'agreementsInbox.notifications.markAllRead': 'Merk alle som lest',
  'agreementsInbox.notifications.marking': 'Merker …',
  'agreementsInbox.notifications.marked.one': '{count} varsel er merket som lest.',
  'agreementsInbox.notifications.marked.other': '{count} varsler er merket som lest.',
  'agreementsInbox.notifications.markErrorHeading': 'Kunne ikke merke varslene som lest',

  'agreementsInbox.municipality.title': 'Avtaler for kommune {number}',
  'agreementsInbox.municipality.heading': 'Avtaler for {name}',
  'agreementsInbox.municipality.loading': 'Laster kommunens avtaler …',
  'agreementsInbox.municipality.errorHeading': 'Kunne ikke hente kommunens avtaler',
  'agreementsInbox.municipality.economics': 'Økonomi for {name}',
  'agreementsInbox.municipality.economicsFor': 'Økonomi for kommune {number}',
  'agreementsInbox.municipality.agreementCount.one': '{count} avtale',
  'agreementsInbox.municipality.agreementCount.other': '{count} avtaler',
  'agreementsInbox.municipality.lead': '{name} er part i {agreements} og betaler {amount} i året.',
  'agreementsInbox.municipality.leadNone':
    '{name} er ikke part i noen avtaler som gjelder eller venter på godkjenning.',
  'agreementsInbox.municipality.ended.one':
    'Tabellen viser også {count} avtale som er sagt opp, utløpt eller avvist.',
  'agreementsInbox.municipality.ended.other':
    'Tabellen viser også {count} avtaler som er sagt opp, utløpt eller avvist.',
  'agreementsInbox.municipality.asOf': 'Fristene er regnet fra {date}.',
  'agreementsInbox.municipality.horizon': 'Vis frister innen',
  'agreementsInbox.municipality.horizonHint':
    'Avtaler som slutter, eller som må sies opp, innen så mange måneder får en merknad i tabellen.',
  'agreementsInbox.municipality.months': '{count} måneder',
  'agreementsInbox.municipality.caption':
    'Avtalene til {name}, med merknad om frister innen {months} måneder',
  'agreementsInbox.municipality.empty': '{name} er ikke part i noen avtaler ennå.',
  'agreementsInbox.municipality.col.title': 'Avtale',
  'agreementsInbox.municipality.col.legalForm': 'Avtaleform',
  'agreementsInbox.municipality.col.role': 'Rolle',
  'agreementsInbox.municipality.col.status': 'Status',
  'agreementsInbox.municipality.col.annualCost': 'Årlig kostnad',
  'agreementsInbox.municipality.col.endDate': 'Slutter',
  'agreementsInbox.municipality.col.lastNoticeDate': 'Siste frist for oppsigelse',
  'agreementsInbox.municipality.col.flags': 'Merknader',
  'agreementsInbox.municipality.noEndDate': 'uten sluttdato',
  'agreementsInbox.municipality.noNotice': 'ingen frist',
  'agreementsInbox.municipality.noCost': 'ikke oppgitt',
  'agreementsInbox.municipality.noFlags': 'ingen',
  'agreementsInbox.municipality.noticeSoonMonths.one': 'Frist for oppsigelse om {count} mdr.',
  'agreementsInbox.municipality.noticeSoonMonths.other': 'Frist for oppsigelse om {count} mdr.',
  'agreementsInbox.municipality.noticeSoonDays.one': 'Frist for oppsigelse om {count} dag.',
  'agreementsInbox.municipality.noticeSoonDays.other': 'Frist for oppsigelse om {count} dager.',
  'agreementsInbox.municipality.noticeToday': 'Frist for oppsigelse i dag.',
  'agreementsInbox.municipality.noticePassed': 'Fristen for oppsigelse er passert.',
  'agreementsInbox.municipality.endsSoonMonths.one': 'Slutter om {count} mdr.',
  'agreementsInbox.municipality.endsSoonMonths.other': 'Slutter om {count} mdr.',
  'agreementsInbox.municipality.endsSoonDays.one': 'Slutter om {count} dag.',
  'agreementsInbox.municipality.endsSoonDays.other': 'Slutter om {count} dager.',
  'agreementsInbox.municipality.endsToday': 'Slutter i dag.',
} as const satisfies Record<string, string>;

// Makes these keys known to `t()` (see FeatureTranslationKeys).
declare module '@samarbeid/web/data-access' {
  interface FeatureTranslationKeys {
    agreementsInbox: keyof typeof agreementsInboxNb;
  }
}
