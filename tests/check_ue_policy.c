/*
 * ue_policy.c: the UE policy delivery service of TS 24.501 Annex D and the URSP contents of
 * TS 24.526 5.2, as a 5GS DL / UL NAS TRANSPORT carries them in a payload container of type 5.
 *
 * The vectors are built by hand from the message tables of D.5, the element layouts of D.6
 * and TS 24.526 figures 5.2.1 to 5.2.4 / table 5.2.1 (the comment says what each octet is).
 * tshark 4.0.17 ("nas-5gs" on DLT 147, the container in a DL NAS TRANSPORT) was run on each
 * valid vector; what it shows and where it stops is said beside each one.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "nas_5gs.h"
#include "ue_policy.h"

Suite *tu_suite_ue_policy(void);

enum which { W_MSG, W_URSP, W_NAS };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum which *)arg) {
	case W_MSG: tk_emit_ue_policy(e, p, n); break;
	case W_URSP: tk_emit_ursp(e, p, n); break;
	default: tk_emit_5gs_nas(e, p, n); break;
	}
}

/* the JSON of the vector holds each needle (to a NULL) */
static void expect(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, &w, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, &w, hex, 1, ap);
	va_end(ap);
}

static void robust(enum which w, const char *hex, int truncation_errs)
{
	tu_robust_tmpl(emit, &w, hex, truncation_errs);
}

/*
 * DL NAS TRANSPORT (TS 24.501 8.2.11): 7e 00 68; 05 = payload container type 5 (UE policy
 * container); payload container 0081 (LV-E).  In it a MANAGE UE POLICY COMMAND (D.5.1): 80 =
 * PTI 128 (PCF range 80-FE, D.1.2); 01 = MANAGE UE POLICY COMMAND; UE policy section management
 * list 007a (LV-E, D.6.2): one sublist 0078, PLMN 62f220 (262-02), two instructions:
 *  - 006f: UPSC 0001, one UE policy part 006b, 01 = URSP (TS 24.526 5.2) with two rules:
 *    - 0022: precedence 01; traffic descriptor 0001: 01 = match-all; route selection
 *      descriptor list 001c: one descriptor 001a, precedence 01, contents 0017: 01 01 = SSC
 *      mode 1; 02 04 01000001 = S-NSSAI SST 1 SD 000001; 04 09 08 "internet" = DNN; 08 01 =
 *      PDU session type IPv4; 10 01 = preferred access type 3GPP;
 *    - 0044: precedence 02; traffic descriptor 0029: 10 c0a80100 ffffff00 = IPv4 remote
 *      192.168.1.0/255.255.255.0; 30 06 = protocol TCP; 50 0050 = single remote port 80; 51
 *      1f40 1f90 = remote ports 8000-8080; 88 09 08 "internet" = DNN; 90 02 01 08 = connection
 *      capabilities IMS, Internet; a0 05 "hello" = OS App Id; route selection descriptor list
 *      0016: 0007 precedence 02, contents 0004: 01 02 = SSC mode 2, 11 = multi-access
 *      preference, 20 = non-seamless non-3GPP offload; 000b precedence 03, contents 0008: 02 01
 *      02 = S-NSSAI SST 2, 04 03 02 "im" = DNN;
 *  - 0002: UPSC 0002 and no part (the section is deleted, D.2.1).
 * Then 42 01 01 = UE policy network classmark (D.6.7), NSSUI set.
 * tshark 4.0.17 shows the same PTI, message, PLMN, UPSCs, part type, rule lengths and
 * precedences, and every route selection descriptor component as here; of the second rule's
 * traffic descriptor it decodes the IPv4 remote address and the protocol, then says "IE not
 * dissected yet" from the single remote port on (those components are checked against table
 * 5.2.1 alone); it ignores the UE policy network classmark (Rel-17).
 */
#define DL_CMD "7e 00 68 05 0081 80 01 007a 0078 62f220 006f 0001 006b 01 " \
	"0022 01 0001 01 001c 001a 01 0017 0101 02 04 01000001 04 09 08 696e7465726e6574 0801 1001 " \
	"0044 02 0029 10 c0a80100 ffffff00 30 06 50 0050 51 1f40 1f90 88 09 08 696e7465726e6574 " \
	"90 02 01 08 a0 05 68656c6c6f 0016 0007 02 0004 0102 11 20 000b 03 0008 02 01 02 04 03 02696d " \
	"0002 0002 42 01 01"

START_TEST(test_command)
{
	expect_ok(W_NAS, DL_CMD, "\"payloadContainerTypeValue\":5,\"payloadContainerType\":\"UE "
		  "policy container\",\"payloadContainer\":\"8001007a",
		  "\"uePolicyMessage\":{\"procedureTransactionIdentity\":128,\"messageType\":1,"
		  "\"message\":\"MANAGE UE POLICY COMMAND\",\"uePolicySectionManagementList\":"
		  "{\"sublists\":[{\"mcc\":\"262\",\"mnc\":\"02\",\"instructions\":[{\"upsc\":1,"
		  "\"uePolicyParts\":[{\"uePolicyPartTypeValue\":1,\"uePolicyPartType\":\"URSP\","
		  "\"ursp\":{\"urspRules\":[{\"precedence\":1,\"trafficDescriptor\":[{\"typeValue\":1,"
		  "\"type\":\"Match-all type\"}],\"routeSelectionDescriptors\":[{\"precedence\":1,"
		  "\"components\":[{\"typeValue\":1,\"type\":\"SSC mode type\",\"sscModeValue\":1,"
		  "\"sscMode\":\"SSC mode 1\"},{\"typeValue\":2,\"type\":\"S-NSSAI type\",\"sNssai\":"
		  "{\"sst\":1,\"sstName\":\"eMBB\",\"sd\":\"000001\",\"hex\":\"01000001\"}},"
		  "{\"typeValue\":4,\"type\":\"DNN type\",\"dnn\":{\"apn\":\"internet\",",
		  "{\"typeValue\":8,\"type\":\"PDU session type type\",\"pduSessionTypeValue\":1,"
		  "\"pduSessionType\":\"IPv4\"},{\"typeValue\":16,\"type\":\"Preferred access type "
		  "type\",\"accessTypeValue\":1,\"accessType\":\"3GPP access\"}]}]},",
		  "{\"precedence\":2,\"trafficDescriptor\":[{\"typeValue\":16,\"type\":\"IPv4 remote "
		  "address type\",\"ipv4Address\":\"192.168.1.0\",\"ipv4Mask\":\"255.255.255.0\"},"
		  "{\"typeValue\":48,\"type\":\"Protocol identifier/next header type\","
		  "\"protocolIdentifier\":6},{\"typeValue\":80,\"type\":\"Single remote port type\","
		  "\"port\":80},{\"typeValue\":81,\"type\":\"Remote port range type\",\"portLow\":8000,"
		  "\"portHigh\":8080},{\"typeValue\":136,\"type\":\"DNN type\",\"dnn\":{\"apn\":"
		  "\"internet\",",
		  "{\"typeValue\":144,\"type\":\"Connection capabilities type\","
		  "\"connectionCapabilities\":[{\"value\":1,\"name\":\"IMS\"},{\"value\":8,\"name\":"
		  "\"Internet\"}]},{\"typeValue\":160,\"type\":\"OS App Id type\",\"osAppId\":\"hello\"}],"
		  "\"routeSelectionDescriptors\":[{\"precedence\":2,\"components\":[{\"typeValue\":1,"
		  "\"type\":\"SSC mode type\",\"sscModeValue\":2,\"sscMode\":\"SSC mode 2\"},"
		  "{\"typeValue\":17,\"type\":\"Multi-access preference type\"},{\"typeValue\":32,"
		  "\"type\":\"Non-seamless non-3GPP offload indication type\"}]},{\"precedence\":3,"
		  "\"components\":[{\"typeValue\":2,\"type\":\"S-NSSAI type\",\"sNssai\":{\"sst\":2,"
		  "\"sstName\":\"URLLC\",\"hex\":\"02\"}},{\"typeValue\":4,\"type\":\"DNN type\","
		  "\"dnn\":{\"apn\":\"im\",",
		  "{\"upsc\":2,\"uePolicyParts\":[]}]}],",
		  "\"ies\":[{\"iei\":66,\"name\":\"UE policy network classmark\",\"value\":"
		  "{\"nssui\":true,\"hex\":\"01\"}}]", NULL);
	robust(W_NAS, DL_CMD, 0);
}
END_TEST

/*
 * URSP contents (TS 24.526 5.2) with the other component types: one rule 0076, precedence 0a,
 * traffic descriptor 0067: 08 + OS Id 00112233-4455-6677-8899-aabbccddeeff + 03 "app" (OS Id
 * + OS App Id); 21 2001:db8:: 40 (IPv6 remote address, prefix length 64); 60 0000abcd (SPI);
 * 70 b8 fc (type of service 184, mask 252); 80 012345 (flow label 0x12345); 81 0a0b0c0d0e0f
 * (destination MAC); 83 0123 (C-TAG VID 0x123); 86 0d (S-TAG PCP 5, DEI 1); 87 0800
 * (ethertype IPv4); 91 10 03"www"07"example"03"com" (destination FQDN); 92 04 "^a.*"
 * (regular expression); a1 0a0b0c0d0e00 0a0b0c0d0eff (destination MAC address range); route
 * selection descriptor list 000a: 0008 precedence 05, contents 0005: 81 (5G ProSe layer-3
 * relay offload), 82 07 (PDU session pair ID 7), 83 01 (RSN 1).  In a MANAGE UE POLICY
 * COMMAND tshark 4.0.17 shows the rule's length and precedence and the OS Id + OS App Id as
 * here, then "IE not dissected yet" for the IPv6 remote address and for the 5G ProSe offload
 * (the rest is checked against table 5.2.1 alone).
 */
#define URSP2 "0076 0a 0067 08 00112233445566778899aabbccddeeff 03 617070 " \
	"21 20010db8000000000000000000000000 40 60 0000abcd 70 b8 fc 80 012345 81 0a0b0c0d0e0f " \
	"83 0123 86 0d 87 0800 91 10 03777777 076578616d706c65 03636f6d 92 04 5e612e2a " \
	"a1 0a0b0c0d0e00 0a0b0c0d0eff 000a 0008 05 0005 81 82 07 83 01"

START_TEST(test_ursp_components)
{
	expect_ok(W_URSP, URSP2, "{\"urspRules\":[{\"precedence\":10,\"trafficDescriptor\":"
		  "[{\"typeValue\":8,\"type\":\"OS Id + OS App Id type\",\"osId\":"
		  "\"00112233-4455-6677-8899-aabbccddeeff\",\"osAppId\":\"app\"},{\"typeValue\":33,"
		  "\"type\":\"IPv6 remote address/prefix length type\",\"ipv6Address\":\"2001:db8::\","
		  "\"prefixLength\":64},{\"typeValue\":96,\"type\":\"Security parameter index type\","
		  "\"spi\":\"0000abcd\"},{\"typeValue\":112,\"type\":\"Type of service/traffic class "
		  "type\",\"typeOfService\":184,\"mask\":252},{\"typeValue\":128,\"type\":\"Flow label "
		  "type\",\"flowLabel\":74565},{\"typeValue\":129,\"type\":\"Destination MAC address "
		  "type\",\"macAddress\":\"0a:0b:0c:0d:0e:0f\"},{\"typeValue\":131,\"type\":\"802.1Q "
		  "C-TAG VID type\",\"vid\":291},{\"typeValue\":134,\"type\":\"802.1Q S-TAG PCP/DEI "
		  "type\",\"pcp\":5,\"dei\":1},{\"typeValue\":135,\"type\":\"Ethertype type\","
		  "\"ethertype\":2048},{\"typeValue\":145,\"type\":\"Destination FQDN\",\"fqdn\":"
		  "\"www.example.com\"},{\"typeValue\":146,\"type\":\"Regular expression type\","
		  "\"regularExpression\":\"^a.*\"},{\"typeValue\":161,\"type\":\"Destination MAC "
		  "address range type\",\"macAddressLow\":\"0a:0b:0c:0d:0e:00\",\"macAddressHigh\":"
		  "\"0a:0b:0c:0d:0e:ff\"}],\"routeSelectionDescriptors\":[{\"precedence\":5,"
		  "\"components\":[{\"typeValue\":129,\"type\":\"5G ProSe layer-3 UE-to-network relay "
		  "offload indication type\"},{\"typeValue\":130,\"type\":\"PDU session pair ID type\","
		  "\"pduSessionPairId\":7},{\"typeValue\":131,\"type\":\"RSN type\",\"rsn\":1}]}]}],",
		  NULL);
	robust(W_URSP, URSP2, 1);
}
END_TEST

/*
 * The UE's messages, each in a UL NAS TRANSPORT 7e 00 67 05 (LV-E container):
 * MANAGE UE POLICY COMMAND REJECT (D.5.3): 81 03, UE policy section management result 000e
 * (D.6.3): one subresult of 02 results, PLMN 62f220; UPSC 0001, failed instruction 0001,
 * cause 6f (111, protocol error, unspecified); UPSC 0002, instruction 0003, cause 05 (not in
 * the table: treated as 111).  tshark 4.0.17 shows the same (cause 5 as "Unknown").
 * MANAGE UE POLICY COMPLETE (D.5.2): 81 02.  tshark agrees.
 * UE STATE INDICATION (D.5.4): 01 04; UPSI list 0009 (D.6.4): sublist 0007, 62f220, UPSCs
 * 0001 0002; UE policy classmark 01 03 (D.6.5: ANDSP supported, URSP in EPS supported); UE OS
 * Id 41 20 (D.6.6): two OS Ids.  tshark 4.0.17 shows the same UPSI list and "Support ANDSP:
 * Supported", calls bit 2 spare (its Rel-16 view of D.6.5) and does not decode the UE OS Id.
 * UE POLICY PROVISIONING REQUEST: 02 05 0102, kept in hex (TS 24.587; tshark decodes the
 * V2X request flags there).
 */
#define UL_REJECT "7e 00 67 05 0012 81 03 000e 02 62f220 0001 0001 6f 0002 0003 05"
#define UL_COMPLETE "7e 00 67 05 0002 81 02"
#define UL_STATE "7e 00 67 05 0031 01 04 0009 0007 62f220 0001 0002 01 03 41 20 " \
	"00112233445566778899aabbccddeeff ffeeddccbbaa99887766554433221100"
#define UL_PROV "7e 00 67 05 0004 02 05 0102"

START_TEST(test_ue_messages)
{
	expect_ok(W_NAS, UL_REJECT, "\"uePolicyMessage\":{\"procedureTransactionIdentity\":129,"
		  "\"messageType\":3,\"message\":\"MANAGE UE POLICY COMMAND REJECT\","
		  "\"uePolicySectionManagementResult\":{\"subresults\":[{\"numberOfResults\":2,"
		  "\"mcc\":\"262\",\"mnc\":\"02\",\"results\":[{\"upsc\":1,\"failedInstructionOrder\":1,"
		  "\"causeValue\":111,\"cause\":\"Protocol error, unspecified\"},{\"upsc\":2,"
		  "\"failedInstructionOrder\":3,\"causeValue\":5,\"cause\":\"treated as Protocol "
		  "error, unspecified (5)\"}]}],", NULL);
	robust(W_NAS, UL_REJECT, 0);
	expect_ok(W_NAS, UL_COMPLETE, "\"uePolicyMessage\":{\"procedureTransactionIdentity\":129,"
		  "\"messageType\":2,\"message\":\"MANAGE UE POLICY COMPLETE\",\"ies\":[],", NULL);
	expect_ok(W_NAS, UL_STATE, "\"uePolicyMessage\":{\"procedureTransactionIdentity\":1,"
		  "\"messageType\":4,\"message\":\"UE STATE INDICATION\",\"upsiList\":{\"sublists\":"
		  "[{\"mcc\":\"262\",\"mnc\":\"02\",\"upscs\":[1,2]}],\"hex\":\"000762f22000010002\"},"
		  "\"uePolicyClassmark\":{\"supportAndsp\":true,\"supportUrspInEps\":true,\"hex\":"
		  "\"03\"},\"ies\":[{\"iei\":65,\"name\":\"UE OS Id\",\"value\":{\"osIds\":"
		  "[\"00112233-4455-6677-8899-aabbccddeeff\",\"ffeeddcc-bbaa-9988-7766-554433221100\"],",
		  NULL);
	robust(W_NAS, UL_STATE, 0);
	expect_ok(W_NAS, UL_PROV, "\"messageType\":5,\"message\":\"UE POLICY PROVISIONING "
		  "REQUEST\",\"contents\":\"0102\",\"note\":\"coded in TS 24.587: not decoded\"", NULL);
	/* the message alone, as the container holds it */
	expect_ok(W_MSG, "81 02", "{\"procedureTransactionIdentity\":129,\"messageType\":2,", NULL);
	robust(W_MSG, "81 03 000e 02 62f220 0001 0001 6f 0002 0003 05", 1);
}
END_TEST

START_TEST(test_malformed)
{
	tu_expect_empty_error(emit, &(enum which){ W_MSG }, "truncated");
	tu_expect_empty_error(emit, &(enum which){ W_URSP }, "empty");
	/* no message type */
	expect(W_MSG, "81", "\"error\":{\"offset\":1,\"reason\":\"truncated: the mandatory message "
	       "type", NULL);
	/* a reserved message type: named, the rest in hex */
	expect(W_MSG, "81 09 0102", "\"messageType\":9,\"message\":\"reserved (9)\",\"contents\":"
	       "\"0102\"", "\"reason\":\"reserved message type 9\"", NULL);
	/* the management list runs past the message */
	expect(W_MSG, "80 01 0010 0003 62f220", "\"reason\":\"the mandatory UE policy section "
	       "management list of length 16 runs past", NULL);
	/* a zero-length list, a sublist without instructions */
	expect(W_MSG, "80 01 0000", "\"uePolicySectionManagementList\":{\"sublists\":[],\"hex\":"
	       "\"\",\"error\":{\"offset\":0,\"reason\":\"empty: the list holds", NULL);
	expect(W_MSG, "80 01 0005 0003 62f220", "\"reason\":\"a UE policy section management "
	       "sublist without instructions\"", NULL);
	/* a sublist whose length runs past the list; an instruction past its sublist */
	expect(W_MSG, "80 01 0005 0009 62f220", "\"error\":{\"offset\":0,\"reason\":\"a UE policy "
	       "section management sublist of length 9, 3 octets follow\"}", NULL);
	expect(W_MSG, "80 01 0009 0007 62f220 0005 0001", "\"mcc\":\"262\",\"mnc\":\"02\","
	       "\"instructions\":[]", "\"error\":{\"offset\":5,\"reason\":\"an instruction of "
	       "length 5, 2 octets follow\"}", NULL);
	/* an unknown UE policy part type is kept in hex; a part of length 0 */
	expect_ok(W_MSG, "80 01 000c 000a 62f220 0005 0001 0001 07", "\"uePolicyPartTypeValue\":7,"
		  "\"uePolicyPartType\":\"reserved (7)\",\"contents\":\"\"", NULL);
	expect(W_MSG, "80 01 000b 0009 62f220 0004 0001 0000", "\"reason\":\"a UE policy part "
	       "without its type\"", NULL);
	/* URSP: an unknown traffic descriptor component: the rest in hex, the rule goes on */
	expect(W_URSP, "000e 01 0002 7f 00 0007 0005 01 0002 0101", "{\"typeValue\":127,\"type\":"
	       "\"unknown (127)\",\"rest\":\"00\"}],\"routeSelectionDescriptors\":[{\"precedence\":"
	       "1,\"components\":[{\"typeValue\":1,\"type\":\"SSC mode type\"",
	       "\"error\":{\"offset\":5,\"reason\":\"unknown traffic descriptor component type "
	       "0x7f\"}", NULL);
	/* a known type whose layout is not decoded (IP 3 tuple): the rest in hex, no error */
	expect_ok(W_URSP, "000e 01 0002 52 aa 0007 0005 01 0002 0101", "{\"typeValue\":82,\"type\":"
		  "\"IP 3 tuple type\",\"rest\":\"aa\",\"note\":", NULL);
	/* an unknown route selection descriptor component; location criteria kept in hex */
	expect(W_URSP, "000c 01 0001 01 0006 0004 01 0001 44", "{\"typeValue\":68,\"type\":"
	       "\"unknown (68)\",\"rest\":\"\"}", "\"reason\":\"unknown route selection descriptor "
	       "component type 0x44\"", NULL);
	expect_ok(W_URSP, "000d 01 0001 01 0007 0005 01 0002 40 99", "\"type\":\"Location criteria "
		  "type\",\"rest\":\"99\"", NULL);
	/* a component whose value runs past the traffic descriptor */
	expect(W_URSP, "000e 01 0002 50 00 0007 0005 01 0002 0101", "\"reason\":\"a Single remote port "
	       "type component needs 2 octets, 1 present\"", NULL);
	expect(W_URSP, "000e 01 0002 88 05 0007 0005 01 0002 0101", "\"reason\":\"a DNN type component "
	       "runs past the traffic descriptor\"", NULL);
	/* an empty traffic descriptor, an empty route selection descriptor list */
	expect(W_URSP, "0005 01 0000 0000", "\"trafficDescriptor\":[],\"routeSelectionDescriptors\":"
	       "[]", "\"reason\":\"an empty traffic descriptor", NULL);
	/* a rule past the contents; a traffic descriptor past its rule */
	expect(W_URSP, "0010 01 0001 01", "\"urspRules\":[]", "\"reason\":\"a URSP rule of length 16, "
	       "4 octets follow\"", NULL);
	expect(W_URSP, "0004 01 0009 01", "\"precedence\":1", "\"reason\":\"a traffic descriptor of "
	       "length 9, 1 octets follow\"", NULL);
	/* route selection descriptor contents whose length disagrees with the descriptor's */
	expect(W_URSP, "000c 01 0001 01 0006 0004 01 0009 11", "\"components\":[{\"typeValue\":17,",
	       "\"reason\":\"route selection descriptor contents of length 9 in a descriptor of 4\"",
	       NULL);
	/* UPSI list: an odd octet; UE OS Id not a multiple of 16; a result cut short */
	expect(W_MSG, "01 04 0008 0006 62f220 0001 00 01 01", "\"upscs\":[1]", "\"reason\":\"a UPSI "
	       "sublist with an odd octet", NULL);
	expect(W_MSG, "01 04 0007 0005 62f220 0001 01 01 41 03 010203", "\"osIds\":[]",
	       "\"reason\":\"3 octets after the last OS Id", NULL);
	expect(W_MSG, "81 03 0007 02 62f220 0001 00", "\"results\":[]", "\"reason\":\"truncated: "
	       "result 1 of 2 needs 5 octets, 3 present\"", NULL);
	expect(W_MSG, "81 03 0004 00 62f220", "\"numberOfResults\":0", "\"reason\":\"a subresult of "
	       "no results\"", NULL);
	/* a UE STATE INDICATION without its classmark */
	expect(W_MSG, "01 04 0007 0005 62f220 0001", "\"upscs\":[1]", "\"reason\":\"truncated: the "
	       "length of the mandatory UE policy classmark is missing\"", NULL);
	/* arbitrary damage to the URSP of the command and to the malformed vectors */
	robust(W_MSG, "80 01 000c 000a 62f220 0005 0001 0001 07", 1);
	robust(W_URSP, "000e 01 0002 7f 00 0007 0005 01 0002 0101", 0);
	robust(W_URSP, "000d 01 0001 01 0007 0005 01 0002 40 99", 1);
	/* every value of every octet of a short command and of a short URSP rule */
	tu_exhaustive(emit, &(enum which){ W_MSG }, "80 01 000c 000a 62f220 0005 0001 0001 07");
	tu_exhaustive(emit, &(enum which){ W_URSP }, "000d 01 0001 01 0007 0005 01 0002 40 99");
}
END_TEST

Suite *tu_suite_ue_policy(void)
{
	Suite *s = suite_create("ue_policy");
	TCase *tc = tcase_create("ue_policy");

	tcase_add_test(tc, test_command);
	tcase_add_test(tc, test_ursp_components);
	tcase_add_test(tc, test_ue_messages);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
