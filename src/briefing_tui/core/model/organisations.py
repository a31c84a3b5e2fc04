"""International organisations that can be a side of a meeting, with the code a briefing uses.

Readouts constantly have an organisation as the counterpart or the publisher (the AU Commission,
the Council of Europe, ASEAN...), so a participant's ``country`` may be one of these codes as well
as an ISO 3166 code. No maintained package lists intergovernmental organisations, so this is a
deliberately chosen table: the regional and intergovernmental organisations with standing observer
status at the UN General Assembly that have a secretariat whose head meets ministers, and the UN
system's specialised and related organisations that readouts name most, each under the
abbreviation it uses for itself ("CoE", "OSCE"). ``EU`` and ``UN`` are ISO 3166's own reserved
codes. The one abbreviation ISO 3166 already gives a state, "AU" (Australia), is the African
Union's "AUC": readouts meet the officers of its Commission. Each seat gives the zone a call with
the organisation defaults to.
"""

from __future__ import annotations

from typing import NamedTuple


class Organisation(NamedTuple):
    code: str
    name: str  # as readouts write it, without "the"
    zone: str  # the seat's zone


ORGANISATIONS: tuple[Organisation, ...] = (
    Organisation("EU", "European Union", "Europe/Brussels"),
    Organisation("UN", "United Nations", "America/New_York"),
    Organisation("NATO", "North Atlantic Treaty Organization", "Europe/Brussels"),
    Organisation("AUC", "African Union", "Africa/Addis_Ababa"),
    Organisation("CoE", "Council of Europe", "Europe/Paris"),
    Organisation("Commonwealth", "Commonwealth", "Europe/London"),
    Organisation("OSCE", "Organization for Security and Co-operation in Europe", "Europe/Vienna"),
    Organisation("OAS", "Organization of American States", "America/New_York"),
    Organisation("ASEAN", "Association of Southeast Asian Nations", "Asia/Jakarta"),
    Organisation("PIF", "Pacific Islands Forum", "Pacific/Fiji"),
    Organisation("CARICOM", "Caribbean Community", "America/Guyana"),
    Organisation("ECOWAS", "Economic Community of West African States", "Africa/Lagos"),
    Organisation("SADC", "Southern African Development Community", "Africa/Gaborone"),
    Organisation("EAC", "East African Community", "Africa/Dar_es_Salaam"),
    Organisation("IGAD", "Intergovernmental Authority on Development", "Africa/Djibouti"),
    Organisation("GCC", "Gulf Cooperation Council", "Asia/Riyadh"),
    Organisation("LAS", "League of Arab States", "Africa/Cairo"),
    Organisation("OIC", "Organisation of Islamic Cooperation", "Asia/Riyadh"),
    Organisation("SCO", "Shanghai Cooperation Organisation", "Asia/Shanghai"),
    Organisation("CIS", "Commonwealth of Independent States", "Europe/Minsk"),
    Organisation("OIF", "Organisation internationale de la Francophonie", "Europe/Paris"),
    Organisation("CPLP", "Community of Portuguese Language Countries", "Europe/Lisbon"),
    Organisation("SICA", "Central American Integration System", "America/El_Salvador"),
    Organisation("OECD", "Organisation for Economic Co-operation and Development", "Europe/Paris"),
    Organisation("IAEA", "International Atomic Energy Agency", "Europe/Vienna"),
    Organisation("WHO", "World Health Organization", "Europe/Zurich"),
    Organisation("WTO", "World Trade Organization", "Europe/Zurich"),
    Organisation("IMF", "International Monetary Fund", "America/New_York"),
    Organisation("ICC", "International Criminal Court", "Europe/Amsterdam"),
)

BY_CODE: dict[str, Organisation] = {o.code: o for o in ORGANISATIONS}
