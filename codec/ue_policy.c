/*
 * The UE policy delivery service (TS 24.501 Annex D) and URSP (TS 24.526 5.2); see
 * ue_policy.h.
 *
 * A UE policy delivery service message is the PTI, the message type (D.6.1) and the
 * elements of its table in D.5, read with nas_reader.c as a 5GS NAS message's are.  The
 * lists nest: a UE policy section management list (D.6.2) holds sublists per PLMN, each
 * instructions (a UPSC and UE policy section contents), each UE policy parts (a type and
 * contents); a URSP part holds URSP rules, each a traffic descriptor (components by type) and
 * a list of route selection descriptors (components by type).  Every level carries its own
 * length, so a level that runs past its parent stops there with an error and the parent goes
 * on with its next item; the nesting is fixed (no recursion) and every list is bounded by
 * MAX_ITEMS.  S-NSSAIs are decoded by nas_5gs.c, DNNs by subscriber.c's APN labels, PLMN
 * identities by location.c.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "inner.h"
#include "location.h"
#include "names.h"
#include "nas_5gs.h"
#include "nas_reader.h"
#include "subscriber.h"
#include "ue_policy.h"
#include "values.h"

/* no list of a message has more items than this (a 65535-octet container holds fewer of the
 * smallest item, a 2-octet UPSC, than 32768); past it the rest is reported, not decoded */
#define MAX_ITEMS 32768

/* ---- small helpers ----------------------------------------------------------------------- */

static unsigned get16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* a 16-octet OS Id (a UUID, RFC 4122) as text */
static void fmt_uuid(char uuid[40], const uint8_t *c)
{
	snprintf(uuid, 40, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12],
		 c[13], c[14], c[15]);
}

static void emit_uuid(struct tk_emitter *e, const char *key, const uint8_t *c)
{
	char uuid[40];

	fmt_uuid(uuid, c);
	tk_emit_kv_str(e, key, uuid);
}

static void emit_mac(struct tk_emitter *e, const char *key, const uint8_t *p)
{
	char mac[20];

	snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4],
		 p[5]);
	tk_emit_kv_str(e, key, mac);
}

/* a name made of length-prefixed labels (an FQDN as a DNN is coded, TS 23.003 9.1) as dotted
 * text (values.c's APN reader); 0 when the labels do not fill the octets exactly */
static int emit_labels(struct tk_emitter *e, const char *key, const uint8_t *p, size_t n)
{
	char text[256];

	if (tk_apn_text(p, n, text, sizeof(text)) != 0)
		return 0;
	tk_emit_kv_str(e, key, text);
	return 1;
}

/* ---- URSP (TS 24.526 5.2) ---------------------------------------------------------------- */

/* Table 5.2.1: traffic descriptor component type identifiers (names as the table gives them).
 * The text of table 5.2.1 could not be read here: the numbers and value layouts are from
 * memory of it, checked against tshark 4.0.17, which knows the same numbers for the Rel-16
 * types and decodes the OS Id + OS App Id, IPv4 remote address and protocol identifier values
 * as here; IP 3 tuple (0x52), regular expression (0x92) and destination MAC address range
 * (0xa1) are Rel-17 and checked against neither */
static const struct tk_value_string td_type_names[] = {
	{ 0x01, "Match-all type" },
	{ 0x08, "OS Id + OS App Id type" },
	{ 0x10, "IPv4 remote address type" },
	{ 0x21, "IPv6 remote address/prefix length type" },
	{ 0x30, "Protocol identifier/next header type" },
	{ 0x50, "Single remote port type" },
	{ 0x51, "Remote port range type" },
	{ 0x52, "IP 3 tuple type" },
	{ 0x60, "Security parameter index type" },
	{ 0x70, "Type of service/traffic class type" },
	{ 0x80, "Flow label type" },
	{ 0x81, "Destination MAC address type" },
	{ 0x83, "802.1Q C-TAG VID type" },
	{ 0x84, "802.1Q S-TAG VID type" },
	{ 0x85, "802.1Q C-TAG PCP/DEI type" },
	{ 0x86, "802.1Q S-TAG PCP/DEI type" },
	{ 0x87, "Ethertype type" },
	{ 0x88, "DNN type" },
	{ 0x90, "Connection capabilities type" },
	{ 0x91, "Destination FQDN" },
	{ 0x92, "Regular expression type" },
	{ 0xa0, "OS App Id type" },
	{ 0xa1, "Destination MAC address range type" },
	{ 0, NULL }
};

/* Table 5.2.1: connection capability identifiers (the values Android's TrafficDescriptor
 * cites from the same table); others by number */
static const struct tk_value_string conn_cap_names[] = {
	{ 0x01, "IMS" },
	{ 0x02, "MMS" },
	{ 0x04, "SUPL" },
	{ 0x08, "Internet" },
	{ 0, NULL }
};

/* Table 5.2.1: route selection descriptor component type identifiers (tshark 4.0.17 knows the
 * same numbers, and decodes SSC mode, S-NSSAI, DNN, PDU session type and preferred access
 * type values as here) */
static const struct tk_value_string rsd_type_names[] = {
	{ 0x01, "SSC mode type" },
	{ 0x02, "S-NSSAI type" },
	{ 0x04, "DNN type" },
	{ 0x08, "PDU session type type" },
	{ 0x10, "Preferred access type type" },
	{ 0x11, "Multi-access preference type" },
	{ 0x20, "Non-seamless non-3GPP offload indication type" },
	{ 0x40, "Location criteria type" },
	{ 0x80, "Time window type" },
	{ 0x81, "5G ProSe layer-3 UE-to-network relay offload indication type" },
	{ 0x82, "PDU session pair ID type" },
	{ 0x83, "RSN type" },
	{ 0, NULL }
};

/* SSC mode, PDU session type and access type values are coded as TS 24.501 9.11.4.16,
 * 9.11.4.11 and 9.11.2.1A code them: nas_5gs.c's tables */

/* the length of a component's value, by how it is coded: a fixed number of octets, a length
 * octet first, or not known here (the rest of the list is kept in hex) */
enum { V_FIXED, V_LV, V_OSID_APP, V_CONNCAP, V_UNKNOWN };

static int td_value_form(unsigned type, size_t *k)
{
	switch (type) {
	case 0x01: *k = 0; return V_FIXED;
	case 0x08: return V_OSID_APP;
	case 0x10: *k = 8; return V_FIXED;
	case 0x21: *k = 17; return V_FIXED;
	case 0x30: *k = 1; return V_FIXED;
	case 0x50: *k = 2; return V_FIXED;
	case 0x51: *k = 4; return V_FIXED;
	case 0x60: *k = 4; return V_FIXED;
	case 0x70: *k = 2; return V_FIXED;
	case 0x80: *k = 3; return V_FIXED;
	case 0x81: *k = 6; return V_FIXED;
	case 0x83: case 0x84: *k = 2; return V_FIXED;
	case 0x85: case 0x86: *k = 1; return V_FIXED;
	case 0x87: *k = 2; return V_FIXED;
	case 0x88: case 0x91: case 0x92: case 0xa0: return V_LV;
	case 0x90: return V_CONNCAP;
	case 0xa1: *k = 12; return V_FIXED;
	default: return V_UNKNOWN;	/* IP 3 tuple and later types: not decoded */
	}
}

/* the fields of traffic descriptor component type at v[0..k) */
static void td_fields(struct tk_emitter *e, unsigned type, const uint8_t *v, size_t k)
{
	char text[64];

	switch (type) {
	case 0x10:
		inet_ntop(AF_INET, v, text, sizeof(text));
		tk_emit_kv_str(e, "ipv4Address", text);
		inet_ntop(AF_INET, v + 4, text, sizeof(text));
		tk_emit_kv_str(e, "ipv4Mask", text);
		break;
	case 0x21:
		inet_ntop(AF_INET6, v, text, sizeof(text));
		tk_emit_kv_str(e, "ipv6Address", text);
		tk_emit_kv_long(e, "prefixLength", v[16]);
		break;
	case 0x30:
		tk_emit_kv_long(e, "protocolIdentifier", v[0]);
		break;
	case 0x50:
		tk_emit_kv_long(e, "port", get16(v));
		break;
	case 0x51:
		tk_emit_kv_long(e, "portLow", get16(v));
		tk_emit_kv_long(e, "portHigh", get16(v + 2));
		break;
	case 0x60:
		tk_emit_kv_hex(e, "spi", v, 4);
		break;
	case 0x70:
		tk_emit_kv_long(e, "typeOfService", v[0]);
		tk_emit_kv_long(e, "mask", v[1]);
		break;
	case 0x80:
		/* 20 bits, bits 8-5 of the first octet spare */
		tk_emit_kv_long(e, "flowLabel", (long)(v[0] & 0x0f) << 16 | get16(v + 1));
		break;
	case 0x81:
		emit_mac(e, "macAddress", v);
		break;
	case 0xa1:
		emit_mac(e, "macAddressLow", v);
		emit_mac(e, "macAddressHigh", v + 6);
		break;
	case 0x83:
	case 0x84:
		/* VID: 12 bits, bits 8-5 of the first octet spare */
		tk_emit_kv_long(e, "vid", (long)(v[0] & 0x0f) << 8 | v[1]);
		break;
	case 0x85:
	case 0x86:
		/* bits 8-5 spare, bit 4 DEI, bits 3-1 PCP */
		tk_emit_kv_long(e, "pcp", v[0] & 7);
		tk_emit_kv_long(e, "dei", v[0] >> 3 & 1);
		break;
	case 0x87:
		tk_emit_kv_long(e, "ethertype", get16(v));
		break;
	case 0x88:
		tk_emit_key(e, "dnn");
		tk_emit_apn_oi_replacement(e, v, k);
		break;
	case 0x91:
		if (!emit_labels(e, "fqdn", v, k))
			tk_inner_text_or_hex(e, "fqdn", v, k);
		break;
	case 0x92:
		tk_inner_text_or_hex(e, "regularExpression", v, k);
		break;
	case 0xa0:
		tk_inner_text_or_hex(e, "osAppId", v, k);
		break;
	default:
		break;
	}
}

/* the components of a traffic descriptor c[0..n), at base of the caller's octets */
static void traffic_descriptor(struct tk_emitter *e, const uint8_t *c, size_t n, size_t base,
			       struct tk_inner_err *er)
{
	size_t i = 0, k = 0, cnt = 0;

	tk_emit_key(e, "trafficDescriptor");
	tk_emit_open(e, 1);
	if (n == 0)
		tk_inner_fail(er, base, "an empty traffic descriptor (it holds at least one "
			      "component)");
	while (i < n) {
		unsigned type = c[i];
		int form = td_value_form(type, &k);
		const uint8_t *v = c + i + 1;
		size_t left = n - i - 1;

		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(er, base + i, "more than %d traffic descriptor components",
				      MAX_ITEMS);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeValue", type);
		tk_inner_emit_name(e, "type", td_type_names, NULL, "unknown", type);
		if (form == V_UNKNOWN) {
			/* the length of the value is not known: the rest in hex */
			tk_emit_kv_hex(e, "rest", v, left);
			if (!tk_vs_name(td_type_names, type))
				tk_inner_fail(er, base + i, "unknown traffic descriptor component type "
					      "0x%02x", type);
			else
				tk_emit_kv_str(e, "note", "the layout of this value is not decoded");
			tk_emit_close(e, 0);
			break;
		}
		if (form == V_OSID_APP) {
			if (left < 17 || v[16] > left - 17) {
				tk_inner_fail(er, base + i, "an OS Id + OS App Id component runs past "
					      "the traffic descriptor");
				tk_emit_close(e, 0);
				break;
			}
			emit_uuid(e, "osId", v);
			tk_inner_text_or_hex(e, "osAppId", v + 17, v[16]);
			k = 17u + v[16];
		} else if (form == V_LV || form == V_CONNCAP) {
			if (left < 1 || v[0] > left - 1) {
				tk_inner_fail(er, base + i, "a %s component runs past the traffic "
					      "descriptor", tk_vs_name(td_type_names, type));
				tk_emit_close(e, 0);
				break;
			}
			k = 1u + v[0];
			if (form == V_CONNCAP) {
				size_t j;

				tk_emit_key(e, "connectionCapabilities");
				tk_emit_open(e, 1);
				for (j = 1; j < k; j++) {
					tk_emit_open(e, 0);
					tk_emit_kv_long(e, "value", v[j]);
					tk_inner_emit_name(e, "name", conn_cap_names, NULL, "unknown",
							   v[j]);
					tk_emit_close(e, 0);
				}
				tk_emit_close(e, 1);
			} else {
				td_fields(e, type, v + 1, v[0]);
			}
		} else {
			if (left < k) {
				tk_inner_fail(er, base + i, "a %s component needs %zu octets, %zu "
					      "present", tk_vs_name(td_type_names, type), k, left);
				tk_emit_close(e, 0);
				break;
			}
			td_fields(e, type, v, k);
		}
		tk_emit_close(e, 0);
		i += 1 + k;
	}
	tk_emit_close(e, 1);
}

/* the fields of route selection descriptor component type at v[0..k) */
static void rsd_fields(struct tk_emitter *e, unsigned type, const uint8_t *v, size_t k)
{
	switch (type) {
	case 0x01:
		tk_emit_kv_long(e, "sscModeValue", v[0] & 7);
		tk_inner_emit_name(e, "sscMode", tk_5gs_ssc_mode_names, NULL, "reserved", v[0] & 7);
		break;
	case 0x02:
		tk_emit_key(e, "sNssai");
		tk_emit_5gs_snssai(e, v, k);
		break;
	case 0x04:
		tk_emit_key(e, "dnn");
		tk_emit_apn_oi_replacement(e, v, k);
		break;
	case 0x08:
		tk_emit_kv_long(e, "pduSessionTypeValue", v[0] & 7);
		tk_inner_emit_name(e, "pduSessionType", tk_5gs_pdu_session_type_names, NULL, "reserved", v[0] & 7);
		break;
	case 0x10:
		tk_emit_kv_long(e, "accessTypeValue", v[0] & 3);
		tk_inner_emit_name(e, "accessType", tk_5gs_access_type_names, NULL, "reserved", v[0] & 3);
		break;
	case 0x82:
		tk_emit_kv_long(e, "pduSessionPairId", v[0]);
		break;
	case 0x83:
		tk_emit_kv_long(e, "rsn", v[0]);
		break;
	default:
		break;
	}
}

/* the components of one route selection descriptor c[0..n) at base */
static void rsd_components(struct tk_emitter *e, const uint8_t *c, size_t n, size_t base,
			   struct tk_inner_err *er)
{
	size_t i = 0, k, cnt = 0;

	tk_emit_key(e, "components");
	tk_emit_open(e, 1);
	if (n == 0)
		tk_inner_fail(er, base, "a route selection descriptor without components");
	while (i < n) {
		unsigned type = c[i];
		const uint8_t *v = c + i + 1;
		size_t left = n - i - 1;
		int lv = 0;

		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(er, base + i, "more than %d route selection descriptor "
				      "components", MAX_ITEMS);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeValue", type);
		tk_inner_emit_name(e, "type", rsd_type_names, NULL, "unknown", type);
		switch (type) {
		case 0x11: case 0x20: case 0x81:
			k = 0;		/* no value */
			break;
		case 0x01: case 0x08: case 0x10: case 0x82: case 0x83:
			k = 1;
			break;
		case 0x02: case 0x04:
			lv = 1;		/* a length octet, then the value */
			k = 0;
			break;
		default:
			/* location criteria, time window and unknown types: the length of the
			 * value is not known here, the rest in hex */
			tk_emit_kv_hex(e, "rest", v, left);
			if (!tk_vs_name(rsd_type_names, type))
				tk_inner_fail(er, base + i, "unknown route selection descriptor "
					      "component type 0x%02x", type);
			else
				tk_emit_kv_str(e, "note", "the layout of this value is not decoded");
			tk_emit_close(e, 0);
			goto out;
		}
		if (lv) {
			if (left < 1 || v[0] > left - 1) {
				tk_inner_fail(er, base + i, "a %s component runs past the route "
					      "selection descriptor", tk_vs_name(rsd_type_names, type));
				tk_emit_close(e, 0);
				break;
			}
			rsd_fields(e, type, v + 1, v[0]);
			k = 1u + v[0];
		} else {
			if (left < k) {
				tk_inner_fail(er, base + i, "a %s component needs %zu octet, none "
					      "present", tk_vs_name(rsd_type_names, type), k);
				tk_emit_close(e, 0);
				break;
			}
			rsd_fields(e, type, v, k);
		}
		tk_emit_close(e, 0);
		i += 1 + k;
	}
out:
	tk_emit_close(e, 1);
}

/* a two-octet length at p[i] of p[0..n) and whether that many octets follow it */
static int len16(const uint8_t *p, size_t n, size_t i, const char *what, size_t *len,
		 struct tk_inner_err *er, size_t base)
{
	if (n - i < 2) {
		tk_inner_fail(er, base + i, "truncated: the length of %s is missing", what);
		return 0;
	}
	*len = get16(p + i);
	if (*len > n - i - 2) {
		tk_inner_fail(er, base + i, "%s of length %zu, %zu octets follow", what, *len,
			      n - i - 2);
		return 0;
	}
	return 1;
}

/* Figure 5.2.4: route selection descriptors of the list c[0..n) at base: length (2),
 * precedence, length of the contents (2), contents */
static void rsd_list(struct tk_emitter *e, const uint8_t *c, size_t n, size_t base,
		     struct tk_inner_err *er)
{
	size_t i = 0, len, clen, cnt = 0;

	tk_emit_key(e, "routeSelectionDescriptors");
	tk_emit_open(e, 1);
	if (n == 0)
		tk_inner_fail(er, base, "an empty route selection descriptor list");
	while (i < n) {
		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(er, base + i, "more than %d route selection descriptors",
				      MAX_ITEMS);
			break;
		}
		if (!len16(c, n, i, "a route selection descriptor", &len, er, base))
			break;
		tk_emit_open(e, 0);
		if (len < 3) {
			tk_inner_fail(er, base + i, "a route selection descriptor of %zu octets (at "
				      "least 3)", len);
		} else {
			tk_emit_kv_long(e, "precedence", c[i + 2]);
			clen = get16(c + i + 3);
			if (clen != len - 3)
				tk_inner_fail(er, base + i + 3, "route selection descriptor contents of "
					      "length %zu in a descriptor of %zu", clen, len);
			if (clen > len - 3)
				clen = len - 3;
			rsd_components(e, c + i + 5, clen, base + i + 5, er);
		}
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
}

void tk_emit_ursp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, tlen, rlen, cnt = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty: URSP contents hold at least one URSP rule");
	tk_emit_key(e, "urspRules");
	tk_emit_open(e, 1);
	while (i < n) {
		const uint8_t *r;

		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(&er, i, "more than %d URSP rules", MAX_ITEMS);
			break;
		}
		/* Figure 5.2.2: length (2), precedence, length of the traffic descriptor (2),
		 * traffic descriptor, length of the route selection descriptor list (2), list */
		if (!len16(p, n, i, "a URSP rule", &len, &er, 0))
			break;
		r = p + i + 2;
		tk_emit_open(e, 0);
		if (len < 1) {
			tk_inner_fail(&er, i, "an empty URSP rule");
			goto next;
		}
		tk_emit_kv_long(e, "precedence", r[0]);
		if (!len16(r, len, 1, "a traffic descriptor", &tlen, &er, i + 2))
			goto next;
		traffic_descriptor(e, r + 3, tlen, i + 5, &er);
		if (!len16(r, len, 3 + tlen, "a route selection descriptor list", &rlen, &er, i + 2))
			goto next;
		rsd_list(e, r + 5 + tlen, rlen, i + 7 + tlen, &er);
		if (5 + tlen + rlen < len)
			tk_inner_fail(&er, i + 7 + tlen + rlen, "%zu octets after the route selection "
				      "descriptor list of a URSP rule", len - 5 - tlen - rlen);
next:
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* ---- UE policy delivery service elements (D.6) ------------------------------------------- */

/* D.6.2 UE policy part type, bits 4-1 of the part's third octet: URSP 0001, ANDSP 0010, V2XP
 * 0011 as TS 38.508-1 4.7.6 (Table 4.7.6-1, derived from D.5.1.1.1) quotes them, checked
 * against its text (itecspec.com) (tshark 4.0.17 knows URSP and ANDSP); ProSeP (D.3 names it)
 * as 4 from memory of the table: unverified, table D.6.2.1's text could not be read here */
static const struct tk_value_string part_type_names[] = {
	{ 0, "Reserved" },
	{ 1, "URSP" },
	{ 2, "ANDSP" },
	{ 3, "V2XP" },
	{ 4, "ProSeP" },
	{ 0, NULL }
};

/* the UE policy parts of a UE policy section c[0..n) at base: contents length (2), spare
 * half octet and type, contents */
static void policy_parts(struct tk_emitter *e, const uint8_t *c, size_t n, size_t base,
			 struct tk_inner_err *er)
{
	size_t i = 0, len, cnt = 0;

	tk_emit_key(e, "uePolicyParts");
	tk_emit_open(e, 1);
	while (i < n) {
		unsigned type;

		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(er, base + i, "more than %d UE policy parts", MAX_ITEMS);
			break;
		}
		if (!len16(c, n, i, "a UE policy part", &len, er, base))
			break;
		tk_emit_open(e, 0);
		if (len < 1) {
			tk_inner_fail(er, base + i, "a UE policy part without its type");
			tk_emit_close(e, 0);
			i += 2;
			continue;
		}
		type = c[i + 2] & 0x0f;
		tk_emit_kv_long(e, "uePolicyPartTypeValue", type);
		tk_inner_emit_name(e, "uePolicyPartType", part_type_names, NULL, "reserved", type);
		if (type == 1) {
			tk_emit_key(e, "ursp");
			tk_emit_ursp(e, c + i + 3, len - 1);
		} else {
			/* ANDSP (TS 24.526 5.3), V2XP, ProSeP ...: kept in hex */
			tk_emit_kv_hex(e, "contents", c + i + 3, len - 1);
		}
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
}

/* D.6.2: the UE policy section management list contents */
static void emit_section_mgmt_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, cnt = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty: the list holds at least one UE policy section "
			      "management sublist");
	tk_emit_key(e, "sublists");
	tk_emit_open(e, 1);
	while (i < n) {
		const uint8_t *s;
		size_t j = 3, ilen, icnt = 0;

		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(&er, i, "more than %d sublists", MAX_ITEMS);
			break;
		}
		/* sublist: length (2), PLMN (3), instructions */
		if (!len16(p, n, i, "a UE policy section management sublist", &len, &er, 0))
			break;
		s = p + i + 2;
		tk_emit_open(e, 0);
		if (len < 3) {
			tk_inner_fail(&er, i, "a UE policy section management sublist of %zu octets "
				      "(a PLMN ID needs 3)", len);
			goto next;
		}
		tk_emit_plmn_fields(e, s, &er, i + 2);
		if (len == 3)
			tk_inner_fail(&er, i + 5, "a UE policy section management sublist without "
				      "instructions");
		tk_emit_key(e, "instructions");
		tk_emit_open(e, 1);
		while (j < len) {
			if (++icnt > MAX_ITEMS) {
				tk_inner_fail(&er, i + 2 + j, "more than %d instructions", MAX_ITEMS);
				break;
			}
			/* instruction: contents length (2), UPSC (2), UE policy section contents */
			if (!len16(s, len, j, "an instruction", &ilen, &er, i + 2))
				break;
			tk_emit_open(e, 0);
			if (ilen < 2) {
				tk_inner_fail(&er, i + 2 + j, "an instruction of %zu octets (a UPSC "
					      "needs 2)", ilen);
			} else {
				tk_emit_kv_long(e, "upsc", get16(s + j + 2));
				/* no UE policy part: the instruction deletes the section (D.2.1) */
				policy_parts(e, s + j + 4, ilen - 2, i + 2 + j + 4, &er);
			}
			tk_emit_close(e, 0);
			j += 2 + ilen;
		}
		tk_emit_close(e, 1);
next:
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* D.6.3 cause of a result: one value, 0110 1111 "Protocol error, unspecified"; "the receiving
 * entity shall treat any other value as 0110 1111" (checked against the text of table D.6.3.1,
 * tech-invite.com, TS 24.501 v18.1.0) */
static const struct tk_value_string result_cause_names[] = {
	{ 111, "Protocol error, unspecified" },
	{ 0, NULL }
};

/* D.6.3: the UE policy section management result contents: subresults, each the number of
 * results, PLMN (3), results of 5 octets (UPSC, failed instruction order, cause) */
static void emit_section_mgmt_result(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, k, cnt;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty: the result holds at least one subresult");
	tk_emit_key(e, "subresults");
	tk_emit_open(e, 1);
	while (i < n) {
		/* at most 256 subresults fit in 65535 octets minus one octet each: bounded */
		if (n - i < 4) {
			tk_inner_fail(&er, i, "truncated: a subresult needs 4 octets before its "
				      "results, %zu present", n - i);
			break;
		}
		cnt = p[i];
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "numberOfResults", (long)cnt);
		tk_emit_plmn_fields(e, p + i + 1, &er, i + 1);
		if (cnt == 0)
			tk_inner_fail(&er, i, "a subresult of no results");
		i += 4;
		tk_emit_key(e, "results");
		tk_emit_open(e, 1);
		for (k = 0; k < cnt; k++) {
			unsigned cause;

			if (n - i < 5) {
				tk_inner_fail(&er, i, "truncated: result %zu of %zu needs 5 octets, %zu "
					      "present", k + 1, cnt, n - i);
				break;
			}
			cause = p[i + 4];
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "upsc", get16(p + i));
			tk_emit_kv_long(e, "failedInstructionOrder", get16(p + i + 2));
			tk_emit_kv_long(e, "causeValue", cause);
			tk_inner_emit_name(e, "cause", result_cause_names, NULL,
					   "treated as Protocol error, unspecified", cause);
			tk_emit_close(e, 0);
			i += 5;
		}
		tk_emit_close(e, 1);
		tk_emit_close(e, 0);
		if (k < cnt) {
			i = n;
			break;
		}
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* D.6.4: the UPSI list contents: sublists, each length (2), PLMN (3), UPSCs (2 each); tshark
 * 4.0.17 reads the same layout */
static void emit_upsi_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, j, cnt = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty: the UPSI list holds at least one sublist");
	tk_emit_key(e, "sublists");
	tk_emit_open(e, 1);
	while (i < n) {
		if (++cnt > MAX_ITEMS) {
			tk_inner_fail(&er, i, "more than %d UPSI sublists", MAX_ITEMS);
			break;
		}
		if (!len16(p, n, i, "a UPSI sublist", &len, &er, 0))
			break;
		tk_emit_open(e, 0);
		if (len < 5) {
			tk_inner_fail(&er, i, "a UPSI sublist of %zu octets (a PLMN ID and a UPSC "
				      "need 5)", len);
		} else {
			tk_emit_plmn_fields(e, p + i + 2, &er, i + 2);
			if ((len - 3) % 2)
				tk_inner_fail(&er, i + 2 + len - 1, "a UPSI sublist with an odd octet "
					      "after its UPSCs (2 octets each)");
			tk_emit_key(e, "upscs");
			tk_emit_open(e, 1);
			for (j = 3; j + 2 <= len; j += 2)
				tk_emit_long(e, get16(p + i + 2 + j));
			tk_emit_close(e, 1);
		}
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* D.6.5: the UE policy classmark contents: octet 3, bit 1 "SupportANDSP" (tshark 4.0.17 agrees),
 * bit 2 the support of URSP provisioning in EPS (D.1.1 names the capability; its bit position
 * is from memory of the Rel-17 table, which could not be read here, and tshark 4.0.17 still
 * calls the bit spare); the rest is spare or later flags, kept in "hex" */
static void emit_ue_policy_classmark(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a UE policy classmark")) {
		tk_emit_kv_bool(e, "supportAndsp", p[0] & 0x01);
		tk_emit_kv_bool(e, "supportUrspInEps", p[0] & 0x02);
	}
	tk_inner_finish(e, p, n, &er);
}

/* D.6.6: the UE OS Id contents: OS Ids of 16 octets (UUIDs, as the OS Id of 9.11.3.38 and of
 * TS 24.526's OS Id + OS App Id); the layout is from memory of D.6.6, which could not be read
 * here, and tshark 4.0.17 does not decode the element */
static void emit_ue_os_id(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty: a UE OS Id holds at least one OS Id");
	else if (n % 16)
		tk_inner_fail(&er, n - n % 16, "%zu octets after the last OS Id (16 octets each)",
			      n % 16);
	tk_emit_key(e, "osIds");
	tk_emit_open(e, 1);
	for (i = 0; i + 16 <= n; i += 16) {
		char uuid[40];

		fmt_uuid(uuid, p + i);
		tk_emit_str(e, uuid);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* D.6.7: the UE policy network classmark contents: octet 3, bit 1 the non-subscribed SNPN
 * signalled URSP handling indication (NSSUI, named by D.2.1.2; its bit position from memory of
 * the table, not checked); the rest kept in "hex" */
static void emit_network_classmark(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a UE policy network classmark"))
		tk_emit_kv_bool(e, "nssui", p[0] & 0x01);
	tk_inner_finish(e, p, n, &er);
}

/* ---- messages (D.5) ---------------------------------------------------------------------- */

/* Table D.6.1.1 (checked against its text: itecspec.com and tech-invite.com, TS 24.501
 * Rel-18; all other values are reserved) */
static const struct tk_value_string msg_type_names[] = {
	{ 0, "Reserved" },
	{ 1, "MANAGE UE POLICY COMMAND" },
	{ 2, "MANAGE UE POLICY COMPLETE" },
	{ 3, "MANAGE UE POLICY COMMAND REJECT" },
	{ 4, "UE STATE INDICATION" },
	{ 5, "UE POLICY PROVISIONING REQUEST" },
	{ 6, "UE POLICY PROVISIONING REJECT" },
	{ 0, NULL }
};

#define TLV(i, name, dec) { i, TK_NAS_TLV, 0, 0, name, dec }
#define IE_END { 0, 0, 0, 0, NULL, NULL }

/* D.5.1.1: MANAGE UE POLICY COMMAND (table D.5.1.1.1, checked against its text on
 * itecspec.com: the list LV-E 11-65533, the network classmark IEI 42, O TLV 3-5) */
static const struct tk_nas_ie command_ies[] = {
	TLV(0x42, "UE policy network classmark", emit_network_classmark),
	IE_END
};

/* D.5.4.1: UE STATE INDICATION (the UPSI list LV-E, the UE policy classmark LV, the UE OS Id
 * IEI 41 TLV: from memory of table D.5.4.1.1, whose text could not be read here: unverified) */
static const struct tk_nas_ie state_ies[] = {
	TLV(0x41, "UE OS Id", emit_ue_os_id),
	IE_END
};

static const struct tk_nas_ie no_ies[] = {
	IE_END
};

/* unknown identifiers 7x are TLV-E as in the rest of TS 24.501 */
static const struct tk_nas_ies ue_policy_ies = { 1, NULL };

/* a mandatory LV / LV-E element as key: fn's value */
static void lv(struct tk_nas *m, const char *key, const char *what, int ext, tk_nas_val_fn fn)
{
	size_t len;
	const uint8_t *v = tk_nas_take_lv(m, what, ext, &len);

	if (!v)
		return;
	tk_emit_key(m->e, key);
	fn(m->e, v, len);
}

void tk_emit_ue_policy(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_nas m;
	const uint8_t *v;
	unsigned type;

	n = tk_inner_start(e, &er, p, n);
	tk_nas_init(&m, e, p, n, &er, 0);
	if (!(v = tk_nas_take_v(&m, 1, "procedure transaction identity")))
		goto out;
	tk_emit_kv_long(e, "procedureTransactionIdentity", v[0]);
	if (!(v = tk_nas_take_v(&m, 1, "message type")))
		goto out;
	type = v[0];
	tk_emit_kv_long(e, "messageType", type);
	tk_inner_emit_name(e, "message", msg_type_names, NULL, "reserved", type);
	switch (type) {
	case 1:
		lv(&m, "uePolicySectionManagementList", "UE policy section management list", 1,
		   emit_section_mgmt_list);
		tk_nas_opt_ies(&m, command_ies, &ue_policy_ies);
		break;
	case 2:
		tk_nas_opt_ies(&m, no_ies, &ue_policy_ies);
		break;
	case 3:
		lv(&m, "uePolicySectionManagementResult", "UE policy section management result", 1,
		   emit_section_mgmt_result);
		tk_nas_opt_ies(&m, no_ies, &ue_policy_ies);
		break;
	case 4:
		lv(&m, "upsiList", "UPSI list", 1, emit_upsi_list);
		lv(&m, "uePolicyClassmark", "UE policy classmark", 0, emit_ue_policy_classmark);
		tk_nas_opt_ies(&m, state_ies, &ue_policy_ies);
		break;
	case 5:
	case 6:
		/* coded in TS 24.587 (and used by TS 24.554 ...): kept in hex */
		tk_emit_kv_hex(e, "contents", p + m.off, n - m.off);
		tk_emit_kv_str(e, "note", "coded in TS 24.587: not decoded");
		m.off = n;
		break;
	default:
		tk_nas_fail(&m, 1, "reserved message type %u", type);
		tk_emit_kv_hex(e, "contents", p + m.off, n - m.off);
		m.off = n;
		break;
	}
out:
	tk_inner_finish(e, p, n, &er);
}
