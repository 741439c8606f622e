/*
 * OCTET STRINGs of TS 29.002 coded by other standards: the MDT reporting trigger of
 * MAP-OM-DataTypes (TS 32.422 5.10.4) and, in MAP-LCS-DataTypes, the UTRAN additional
 * positioning data (TS 25.413 Additional-PositioningDataSet) and civic address (TS 25.413
 * 9.2.3.59).
 *
 * Bits are numbered 8..1 from the most significant, as in the standards.
 *
 * Left as hex on purpose (only "hex" is printed for them by the caller): ListOfMeasurements,
 * MeasurementQuantity and PositioningMethod of MAP-OM-DataTypes.  TS 32.422 5.10.3 numbers
 * the measurement bits per RAT (the same bit is M4 DL in LTE and M4 in UMTS), the
 * MDT-Configuration carries no RAT to choose with, and the placement of the bit numbers in
 * the 4 octets, like the bit tables of 5.10.x for the measurement quantity and the
 * positioning method, could not be checked against the text of TS 32.422.
 */
#include <stdio.h>
#include <string.h>

#include "mdt.h"
#include "inner.h"
#include "names.h"
#include "outbuf.h"

/* ---- ReportingTrigger (TS 32.422 5.10.4) --------------------------------------------------- */

/* TS 32.422 5.10.4: bit 1 periodical, 2 event A2 (LTE, NR), 3 event 1f (UMTS), 4 event 1i
 * (UMTS 1.28 Mcps TDD), 5 A2 event triggered periodic (LTE, NR), 6 all configured RRM event
 * triggers (LTE, NR), 7 all configured RRM event triggers (UMTS), 8 reserved */
#define RT_PERIODICAL		0x01
#define RT_EVENT_A2		0x02
#define RT_EVENT_1F		0x04
#define RT_EVENT_1I		0x08
#define RT_EVENT_A2_PERIODIC	0x10
#define RT_ALL_RRM_LTE_NR	0x20
#define RT_ALL_RRM_UMTS		0x40
#define RT_RESERVED		0x80

void tk_emit_mdt_reporting_trigger(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	uint8_t v, lte;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0) {
		tk_inner_fail(&er, 0, "truncated: a ReportingTrigger has 1 octet, 0 present");
		goto out;
	}
	v = p[0];
	tk_emit_kv_bool(e, "periodical", v & RT_PERIODICAL);
	tk_emit_kv_bool(e, "eventA2", v & RT_EVENT_A2);
	tk_emit_kv_bool(e, "event1F", v & RT_EVENT_1F);
	tk_emit_kv_bool(e, "event1I", v & RT_EVENT_1I);
	tk_emit_kv_bool(e, "eventA2Periodic", v & RT_EVENT_A2_PERIODIC);
	tk_emit_kv_bool(e, "allRrmEventTriggersLteNr", v & RT_ALL_RRM_LTE_NR);
	tk_emit_kv_bool(e, "allRrmEventTriggersUmts", v & RT_ALL_RRM_UMTS);
	if (v & RT_RESERVED)
		tk_inner_fail(&er, 0, "bit 8 is reserved");
	/*
	 * 5.10.4 forbids periodical, event based and event based periodic reporting together:
	 * for LTE and NR only one of bits 1, 2 and 5; for UMTS not bit 1 with bit 3 or 4.
	 * Bits 2 and 5 are LTE/NR only and bits 3 and 4 UMTS only, so both rules can be
	 * checked without knowing the RAT.
	 */
	lte = v & (RT_PERIODICAL | RT_EVENT_A2 | RT_EVENT_A2_PERIODIC);
	if (lte & (lte - 1))
		tk_inner_fail(&er, 0, "bits 1, 2 and 5 (periodical, event A2, A2 event triggered "
			      "periodic) are exclusive: only one may be set");
	if ((v & RT_PERIODICAL) && (v & (RT_EVENT_1F | RT_EVENT_1I)))
		tk_inner_fail(&er, 0, "bit 1 (periodical) is set with bit 3 or 4 (event 1f, 1i)");
	tk_inner_extra(&er, n, 1, "a ReportingTrigger");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- UtranAdditionalPositioningData (TS 25.413 Additional-PositioningDataSet) -------------- */

/* TS 25.413 maxAddPosSet, and TS 29.002 maxUtranAdditionalPositioningData */
#define MAX_ADD_POS_SET 8

/* TS 25.413 Additional Positioning Method and Usage, positioning method, bits 8-7
 * (00 and 11 reserved) */
static const struct tk_value_string add_method_names[] = {
	{ 1, "MS-Assisted" },
	{ 2, "Standalone" },
	{ 0, NULL }
};

/* additional positioning ID, bits 6-4 (other values reserved) */
static const struct tk_value_string add_id_names[] = {
	{ 0, "Barometric Pressure" },
	{ 1, "WLAN" },
	{ 2, "Bluetooth" },
	{ 3, "MBS" },
	{ 0, NULL }
};

/* usage, bits 3-1: TS 25.413 defines only these two for the additional methods */
static const struct tk_value_string add_usage_names[] = {
	{ 3, "attempted successfully: results used to generate location" },
	{ 4, "attempted successfully: case where MS supports multiple mobile based positioning "
	     "methods and the actual method or methods used by the MS cannot be determined" },
	{ 0, NULL }
};

void tk_emit_utran_additional_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0) {
		tk_inner_fail(&er, 0, "truncated: a UtranAdditionalPositioningData has no "
			      "positioning method octet");
		goto out;
	}
	tk_emit_key(e, "additionalPositioningMethods");
	tk_emit_open(e, 1);
	for (i = 0; i < n; i++) {
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "method", add_method_names, NULL, "reserved", p[i] >> 6);
		tk_inner_emit_name(e, "additionalPositioningId", add_id_names, NULL, "reserved",
				   (p[i] >> 3) & 7);
		tk_inner_emit_name(e, "usage", add_usage_names, NULL, "reserved", p[i] & 7);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (n > MAX_ADD_POS_SET)
		tk_inner_fail(&er, MAX_ADD_POS_SET, "%zu positioning method octets, at most %d "
			      "(maxAddPosSet)", n, MAX_ADD_POS_SET);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- UtranCivicAddress (TS 25.413 9.2.3.59) ------------------------------------------------ */

/*
 * The civic address elements of IETF RFC 5139 (namespace urn:ietf:params:xml:ns:pidf:
 * geopriv10:civicAddr) with the descriptions of the IANA Civic Address Types Registry (RFC 4776
 * CAtypes, their PIDF names); "country" is the ISO 3166 country code of RFC 5139.
 */
static const struct {
	const char *element;
	const char *name;
} civic_elements[] = {
	{ "country", "country (ISO 3166 code)" },
	{ "A1", "national subdivisions (state, canton, region, province, prefecture)" },
	{ "A2", "county, parish, gun (JP), district (IN)" },
	{ "A3", "city, township, shi (JP)" },
	{ "A4", "city division, borough, city district, ward, chou (JP)" },
	{ "A5", "neighborhood, block" },
	{ "A6", "group of streets below the neighborhood level" },
	{ "PRD", "leading street direction" },
	{ "POD", "trailing street suffix" },
	{ "STS", "street suffix or type" },
	{ "HNO", "house number" },
	{ "HNS", "house number suffix" },
	{ "LMK", "landmark or vanity address" },
	{ "LOC", "additional location information" },
	{ "NAM", "name (residence and office occupant)" },
	{ "PC", "postal/zip code" },
	{ "BLD", "building (structure)" },
	{ "UNIT", "unit (apartment, suite)" },
	{ "FLR", "floor" },
	{ "ROOM", "room" },
	{ "PLC", "place-type" },
	{ "PCN", "postal community name" },
	{ "POBOX", "post office box (P.O. box)" },
	{ "ADDCODE", "additional code" },
	{ "SEAT", "seat (desk, cubicle, workstation)" },
	{ "RD", "primary road or street" },
	{ "RDSEC", "road section" },
	{ "RDBR", "road branch" },
	{ "RDSUBBR", "road sub-branch" },
	{ "PRM", "road pre-modifier" },
	{ "POM", "road post-modifier" },
};

/* the end of the markup starting at p[i] ('<'): the index after its closing '>' (quoted
 * attribute values may hold '>'), or n */
static size_t xml_markup_end(const uint8_t *p, size_t n, size_t i)
{
	uint8_t q = 0;

	for (i++; i < n; i++) {
		if (q) {
			if (p[i] == q)
				q = 0;
		} else if (p[i] == '"' || p[i] == '\'') {
			q = p[i];
		} else if (p[i] == '>') {
			return i + 1;
		}
	}
	return n;
}

static int xml_space(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* the index after the string s in p[i..n), or n */
static size_t xml_find(const uint8_t *p, size_t n, size_t i, const char *s)
{
	size_t k = strlen(s);

	for (; i + k <= n; i++)
		if (memcmp(p + i, s, k) == 0)
			return i + k;
	return n;
}

/*
 * "civicAddress": the leaf elements of the document's civicAddress element, each {"element"
 * (its local name), "name" (for the RFC 5139 ones), "value" (its text, white space around it
 * trimmed, references left as written)}, in document order.  One pass over the text, no
 * recursion and nothing allocated: a start tag followed by text and the end tag of the same
 * name is a leaf; the prefixes are not resolved (a civicAddress element of any namespace
 * counts, its extension elements of IETF RFC 6848 are listed by their local name).  A document
 * without one emits nothing; the checks of the text are the caller's.
 */
static void emit_civic_elements(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	size_t i = 0, j, nb, ne, name_at = 0, name_len = 0, text_at = 0, depth = 0, k, vb, ve, c;
	int open = 0, leaf = 0;

	while (i < n) {
		if (p[i] != '<') {
			i++;
			continue;
		}
		if (i + 1 < n && p[i + 1] == '?') {
			i = xml_find(p, n, i + 2, "?>");
			continue;
		}
		if (i + 3 < n && memcmp(p + i, "<!--", 4) == 0) {
			i = xml_find(p, n, i + 4, "-->");
			continue;
		}
		if (i + 1 < n && p[i + 1] == '!') {
			i = xml_markup_end(p, n, i);
			continue;
		}
		j = xml_markup_end(p, n, i);
		/* the element's name: from after '<' or '</' to white space, '/' or '>' */
		nb = i + 1 + (i + 1 < n && p[i + 1] == '/');
		for (ne = nb; ne < j && !xml_space(p[ne]) && p[ne] != '/' && p[ne] != '>'; ne++)
			;
		/* its local name: after the last ':' */
		for (k = ne; k > nb && p[k - 1] != ':'; k--)
			;
		if (i + 1 < n && p[i + 1] == '/') {
			if (depth && leaf && ne - nb == name_len &&
			    memcmp(p + nb, p + name_at, name_len) == 0) {
				for (vb = text_at; vb < i && xml_space(p[vb]); vb++)
					;
				for (ve = i; ve > vb && xml_space(p[ve - 1]); ve--)
					;
				tk_emit_open(e, 0);
				tk_emit_key(e, "element");
				tk_emit_strn(e, (const char *)p + k, ne - k);
				for (c = 0; c < sizeof(civic_elements) / sizeof(civic_elements[0]);
				     c++) {
					if (strlen(civic_elements[c].element) == ne - k &&
					    memcmp(civic_elements[c].element, p + k, ne - k) == 0) {
						tk_emit_kv_str(e, "name", civic_elements[c].name);
						break;
					}
				}
				tk_emit_key(e, "value");
				tk_emit_strn(e, (const char *)p + vb, ve - vb);
				tk_emit_close(e, 0);
			}
			leaf = 0;
			if (depth && --depth == 0)
				break;		/* the end of the civicAddress element */
		} else if (j >= 2 && p[j - 2] == '/' && p[j - 1] == '>') {
			leaf = 0;		/* an empty element */
		} else if (depth) {
			depth++;
			leaf = 1;
			name_at = nb;
			name_len = ne - nb;
			text_at = j;
		} else if (ne - k == 12 && memcmp(p + k, "civicAddress", 12) == 0) {
			depth = 1;
			open = 1;
			tk_emit_key(e, "civicAddress");
			tk_emit_open(e, 1);
		}
		i = j;
	}
	if (open)
		tk_emit_close(e, 1);
}

void tk_emit_utran_civic_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i, k;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0) {
		tk_inner_fail(&er, 0, "truncated: a UtranCivicAddress has no PIDF-LO document");
		goto out;
	}
	/* an XML document starts with markup, after a byte order mark and white space */
	i = n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf ? 3 : 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
		i++;
	if (i == n || p[i] != '<')
		tk_inner_fail(&er, i, "not an XML document (no '<' at the start)");
	/* a UTF-8 PIDF-LO XML document: the first problem with the text is reported, the text
	 * is shown all the same (the emitter escapes what is not UTF-8) */
	for (i = 0; i < n; i += k) {
		k = 1;
		if (p[i] >= 0x80) {
			k = tk_utf8_seq(p + i, n - i);
			if (!k) {
				tk_inner_fail(&er, i, "octet 0x%02x is not UTF-8", p[i]);
				k = 1;
			}
		} else if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') {
			/* XML 1.0 allows no other control character */
			tk_inner_fail(&er, i, "control character 0x%02x in the XML document", p[i]);
		}
	}
	tk_emit_key(e, "pidfLo");
	tk_emit_strn(e, (const char *)p, n);
	emit_civic_elements(e, p, n);
out:
	tk_inner_finish(e, p, n, &er);
}
