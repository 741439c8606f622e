/*
 * rlcmac.c: TS 44.060 downlink RLC/MAC control messages of the handover containers.  The
 * vectors are built bit by bit from the CSN.1 of TS 44.060 v13.6.0 (the comments give the
 * fields in order, "|" between them) and, where tshark 4.0.17 decodes the message, dissected
 * with gsm_rlcmac_dl (text2pcap-style pcap with DLT 147, the octet 40 prepended as the MAC
 * header: payload type 01, a control block without the optional octets): tshark shows the
 * same values.  tshark 4.0.17 does not decode the DTM HANDOVER COMMAND (its message type 23
 * is "Invalid Message Type"), nor the Rel-8 additions of the PS HANDOVER COMMAND (it stops
 * after the payload), nor the messages inside BSSGP's SI/PSI Container (it shows the Number
 * of SI/PSI and the Type only): those vectors are checked against the standard alone.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "lte_rrc.h"
#include "ranap.h"
#include "rlcmac.h"

Suite *tu_suite_rlcmac(void);

enum which { DL, SI_PSI, LTE, RANAP };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum which *)arg) {
	case DL:
		tk_emit_rlcmac_dl(e, p, n);
		break;
	case SI_PSI:
		tk_emit_rlcmac_si_psi(e, p, n);
		break;
	case LTE:
		tk_emit_lte_rrc(e, TK_LTE_RRC_DL_DCCH_MESSAGE, p, n);
		break;
	case RANAP:
		tk_emit_ranap(e, p, n);
		break;
	}
}

static void vexpect(enum which w, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(emit, &w, hex, no_error, ap);
}

/* the JSON of hex through decoder w holds each needle (to a NULL) */
static void expect(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(w, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(w, hex, 1, ap);
	va_end(ap);
}

static void robust(enum which w, const char *hex, int truncation_errs)
{
	tu_robust_tmpl(emit, &w, hex, truncation_errs);
}

/*
 * PS HANDOVER COMMAND to A/Gb mode: MESSAGE_TYPE 010101 | PAGE_MODE 01 | 0 | Global TFI 0
 * (uplink) 00111 | CONTAINER_ID 10 | 00 (A/Gb) | 00 (PS Handover Radio Resources IE):
 * 0 (no Handover Reference) | ARFCN 1000000000 (512) | SI 10 | NCI 1 | BSIC 111111 |
 * 1 CCN_ACTIVE 1 | 1 3G_CCN_ACTIVE 0 | 1 CCN Support Description: Number_Cells 0000011, 101 |
 * Frequency Parameters: TSC 111, 01 indirect encoding: MAIO 001010, MA_NUMBER 0011,
 * 1 CHANGE_MARK_1 01, 1 CHANGE_MARK_2 10 | NETWORK_CONTROL_ORDER 01 | 1 Global Packet Timing
 * Advance: 0, 1 UL index 0010 timeslot 101, 1 DL index 0001 timeslot 110 | 1 Packet Extended
 * Timing Advance 11 | EXTENDED_DYNAMIC_ALLOCATION 1 | RLC_RESET 0 | 1 P0 1000 PR_MODE 1 |
 * 1 Uplink Control Timeslot 100 | 0 GPRS mode: 0 (no CHANNEL_CODING_COMMAND), 1 Global
 * Timeslot description 1 (with power control): ALPHA 1010, 1 GAMMA_TN0 00001, 0, 0,
 * 1 GAMMA_TN3 11111, 0, 0, 0, 0 | 0 (no uplink assignment) | 0 (no downlink assignment) |
 * 1 NAS Container for PS Handover: length 0000101, 01 02 03 04 05 | 0 (no Rel-8 additions),
 * 0 padding.  tshark agrees on every field, the NAS container's too (old XID 0, GEA/1,
 * IOV-UI 33752069).
 */
#define PSHO_AGB "550f0200bff41de947734ac77b1c3a84fc08501020304050"

/*
 * PS HANDOVER COMMAND to UTRAN: 010101 | 00 | 0 | 1 11111 (downlink TFI 31) | CONTAINER_ID 00 |
 * 01 (UTRAN) | RRC Container: length 00000010, ff ff (a HANDOVER TO UTRAN COMMAND whose
 * criticalExtensions nest to the innermost one) | 1 Rel-8 additions: 1 E-UTRAN_CCN_ACTIVE 1,
 * 1 Measurement Control Parameters Description: 1 Measurement_Control_E-UTRAN 1, index 101,
 * 1 index 010, 0; 1 Measurement_Control_UTRAN 0, index 00111, 0 | 0 (no Rel-9 additions).
 * tshark agrees up to the RRC container (which it decodes the same way); it does not read
 * the Rel-8 additions.
 */
#define PSHO_UTRAN "547e205fffffda4700"

START_TEST(test_ps_handover_command)
{
	expect_ok(DL, PSHO_AGB,
		  "{\"messageType\":21,\"messageTypeName\":\"PS HANDOVER COMMAND\",\"pageMode\":1,"
		  "\"pageModeName\":\"Extended Paging\",\"globalTfi\":{\"uplinkTfi\":7},"
		  "\"containerId\":2,\"psHandoverToAGbModePayload\":{\"psHandoverRadioResources\":"
		  "{\"arfcn\":512,\"si\":2,\"nci\":1,\"bsic\":63,\"ccnActive\":true,"
		  "\"threeGCcnActive\":false,\"ccnSupportDescription\":{\"numberCells\":3,"
		  "\"ccnSupported\":\"101\"},\"frequencyParameters\":{\"tsc\":7,\"indirectEncoding\":"
		  "{\"maio\":10,\"maNumber\":3,\"changeMark1\":1,\"changeMark2\":2}},"
		  "\"networkControlOrder\":1,\"networkControlOrderName\":\"NC1\","
		  "\"globalPacketTimingAdvance\":{\"uplinkTimingAdvanceIndex\":2,"
		  "\"uplinkTimingAdvanceTimeslotNumber\":5,\"downlinkTimingAdvanceIndex\":1,"
		  "\"downlinkTimingAdvanceTimeslotNumber\":6},\"packetExtendedTimingAdvance\":3,"
		  "\"extendedDynamicAllocation\":true,\"rlcReset\":false,\"p0\":8,\"prMode\":1,"
		  "\"prModeName\":\"PR mode B: for all MS\",\"uplinkControlTimeslot\":4,"
		  "\"gprsMode\":{\"globalTimeslotDescription\":{\"alpha\":10,\"gammaTn0\":1,"
		  "\"gammaTn3\":31},\"uplinkAssignments\":[],\"downlinkAssignments\":[]}},"
		  "\"nasContainerForPsHandover\":{\"nasContainerLength\":5,\"nasContainerData\":"
		  "\"0102030405\",\"oldXid\":false,\"typeOfCipheringAlgorithm\":1,"
		  "\"typeOfCipheringAlgorithmName\":\"GEA/1\",\"iovUi\":33752069}},"
		  "\"hex\":\"" PSHO_AGB "\"}", NULL);
	expect_ok(DL, PSHO_UTRAN,
		  "\"globalTfi\":{\"downlinkTfi\":31},\"containerId\":0,\"psHandoverToUtranPayload\":"
		  "{\"rrcContainer\":{\"rrcContainerLength\":2,\"rrcContainerData\":\"ffff\","
		  "\"handoverToUtranCommand\":{\"type\":\"HandoverToUTRANCommand\",\"value\":"
		  "{\"criticalExtensions\":",
		  "\"eutranCcnActive\":true,\"measurementControlParametersDescription\":"
		  "{\"measurementControlEutran\":true,\"eutranFrequencyIndexes\":[5,2],"
		  "\"measurementControlUtran\":false,\"utranFrequencyIndexes\":[7]},"
		  "\"hex\":\"" PSHO_UTRAN "\"}", NULL);
	/*
	 * GPRS mode with a Global Timeslot description 0 MS_TIMESLOT_ALLOCATION 00011000, an
	 * uplink TBF (1 PFI 0000011 | RLC_MODE 0 | TFI 00010 | 0 | 0 | 0 | USF_GRANULARITY 0 | 0
	 * | 0 USF 011), 0, and a downlink TBF (TIMESLOT_ALLOCATION 00011000 | 1 PFI 0000011 |
	 * RLC_MODE 1 | TFI 00101 | CONTROL_ACK 0 | 0), 0.  tshark 4.0.17 reads these two structs
	 * without the PFI's presence bit (a mandatory bit (7)) and so from there on differently;
	 * Table 12.42.1 has { 0 | 1 < PFI : bit (7) > } in both, as read here.
	 */
	expect_ok(DL, "544a84a8644a8a0c86284586306100d184a20aaf34",
		  "\"gprsMode\":{\"channelCodingCommand\":1,\"channelCodingCommandName\":\"CS-2\","
		  "\"globalTimeslotDescription\":{\"msTimeslotAllocation\":24},\"uplinkAssignments\":"
		  "[{\"pfi\":3,\"rlcMode\":0,\"rlcModeName\":\"RLC acknowledged mode\","
		  "\"tfiAssignment\":2,\"usfGranularity\":0,\"usfAllocation\":[3]}],"
		  "\"downlinkAssignments\":[{\"timeslotAllocation\":24,\"rlcMode\":1,"
		  "\"rlcModeName\":\"RLC unacknowledged mode\",\"tfiAssignment\":5,"
		  "\"controlAck\":false}]}", "\"nasContainerData\":\"abcd\"}", NULL);
	/* to E-UTRAN: 10 | RRC Container 00000010 12 34 (kept in hex) */
	expect_ok(DL, "544640424680", "\"psHandoverToEutranPayload\":{\"rrcContainer\":"
		  "{\"rrcContainerLength\":2,\"rrcContainerData\":\"1234\"}}", NULL);
	/* the PS Handover Radio Resources 2 IE (01) is named, not decoded, and not an error */
	expect_ok(DL, "54460ff8", "\"psHandoverToAGbModePayload\":{\"psHandoverRadioResources2\":"
		  "\"not decoded (12.42a)\"}", NULL);
	/*
	 * 010101 | 10 | 0 | 1 01001 | CONTAINER_ID 11 | 00 | 00: 1 Handover Reference 01111111 |
	 * ARFCN 1111111111 | SI 00 | NCI 0 | BSIC 000111 | 0 | 0 | 0 | TSC 011, 11 direct encoding
	 * 2: MAIO 000101, HSN 100001, length 0001 (4 octets) 8f 01 22 33 | NCO 10 | 0 | 0 | 1 | 0
	 * | 0 | 1 EGPRS mode: 1 window 01100, 1 MCS 1001, 1 BEP_PERIOD2 0100, 1 Global Timeslot
	 * description 0 00111100, 0; 1 downlink: 1 (1 window 11111, LQM 11, 0), 0 | 0 | 0.
	 * tshark agrees.
	 */
	expect_ok(DL, "565385ffff03878b08c7809119c4d99a478ffc00",
		  "\"psHandoverRadioResources\":{\"handoverReference\":127,\"arfcn\":1023,\"si\":0,"
		  "\"nci\":0,\"bsic\":7,\"frequencyParameters\":{\"tsc\":3,\"directEncoding2\":"
		  "{\"maio\":5,\"hsn\":33,\"lengthOfMaFrequencyListContents\":1,"
		  "\"maFrequencyListContents\":\"8f012233\"}},\"networkControlOrder\":2,"
		  "\"networkControlOrderName\":\"NC2\",\"extendedDynamicAllocation\":false,"
		  "\"rlcReset\":true,\"egprsMode\":{\"uplinkEgprsWindowSize\":12,"
		  "\"egprsChannelCodingCommand\":9,\"egprsChannelCodingCommandName\":\"MCS-5-7\","
		  "\"uplinkBepPeriod2\":4,\"globalTimeslotDescription\":{\"msTimeslotAllocation\":60},"
		  "\"uplinkAssignments\":[],\"downlinkEgprsWindowSize\":31,"
		  "\"linkQualityMeasurementMode\":3,\"downlinkAssignments\":[]}}}", NULL);
	/*
	 * Direct encoding 1 (10): MAIO 000010, GPRS Mobile Allocation: HSN 101000, 1 RFL 0011,
	 * 1 RFL 0100, 0, 0 MA_LENGTH 001001 MA_BITMAP 1011001011; and with 0 (no RFL list), 1,
	 * 1 ARFCN_INDEX 000101, 1 ARFCN_INDEX 010001, 0.  tshark agrees.
	 */
	expect_ok(DL, "5400000160830544e81365cc00", "\"directEncoding1\":{\"maio\":2,"
		  "\"gprsMobileAllocation\":{\"hsn\":40,\"rflNumbers\":[3,4],\"maLength\":9,"
		  "\"maBitmap\":\"1011001011\"}}", NULL);
	expect_ok(DL, "5400000160830543168a6000", "\"gprsMobileAllocation\":{\"hsn\":40,"
		  "\"arfcnIndexes\":[5,17]}", NULL);
	robust(DL, PSHO_AGB, 1);
	robust(DL, PSHO_UTRAN, 1);
	robust(DL, "565385ffff03878b08c7809119c4d99a478ffc00", 0);
	robust(DL, "5400000160830544e81365cc00", 0);
}
END_TEST

/*
 * DTM HANDOVER COMMAND (11.2.46): 010111 | PAGE_MODE 11 | 0 | Global TFI 0 00001 | 00 (A/Gb) |
 * CS Handover Radio Resources: length 0000011, 06 2b 00 | 00 (DTM Handover PS Radio
 * Resources IE): Cell Identification: LAI 00 f1 10 12 34 (MCC 001, MNC 01, LAC 4660), RAC
 * 56, CI ab cd | MAX_LAPDm 010 | GPRS_MS_TXPWR_MAX_CCH 01010 | GPRS Cell Options: NMO 01,
 * T3168 010, T3192 011, DRX_TIMER_MAX 100, ACCESS_BURST_TYPE 1, CONTROL_ACK_TYPE 0, BS_CV_MAX
 * 1111, 1 PAN 001 010 011, 1 Extension Length 001010 (11 bits): 1 EGPRS 1 0101, PFC 1, DTM 0,
 * BSS paging 1, CCN 0, NW_EXT_UTBF 1 | GPRS Power Control Parameters: ALPHA 0111, T_AVG_W
 * 10000, T_AVG_T 10001, PC_MEAS_CHAN 1, N_AVG_I 1001 | EXTENDED_DYNAMIC_ALLOCATION 0 |
 * RLC_RESET 1 | 0 | 1 Uplink Control Timeslot 010 | 1 EGPRS mode: 1 window 00100, 1 MCS
 * 0110, 0, 1 Global Timeslot description 0 01011000, 1 uplink TBF (1 PFI 1000100, RLC_MODE 1,
 * TFI 00100, 0, 0, 0, USF_GRANULARITY 0, 1 TBF_TIMESLOT_ALLOCATION 101 (bit (3): three
 * timeslots), 1 USF 010, 1 USF 101), 0; 1 downlink: 1 window 01001, LQM 10, 1 BEP_PERIOD2
 * 0011, 1 downlink TBF (TIMESLOT_ALLOCATION 00011000, 0, RLC_MODE 0, TFI 01001, CONTROL_ACK
 * 1, 0), 0 | 1 Rel-12: 1 Primary TSC 1 101, 0 | 1 NAS Container: 0000101, 13 de ad be ef
 * | 0.  tshark 4.0.17 does not decode this message.
 */
#define DTM_HO "5f0203062b00003c44048d15aaf35294e5f29cad6af08e5564b258e2481b5ae9a718133d4289" \
	"ef56df7780"

START_TEST(test_dtm_handover_command)
{
	expect_ok(DL, DTM_HO,
		  "{\"messageType\":23,\"messageTypeName\":\"DTM HANDOVER COMMAND\",\"pageMode\":3,"
		  "\"pageModeName\":\"Same as before\",\"globalTfi\":{\"uplinkTfi\":1},"
		  "\"dtmHandoverToAGbModePayload\":{\"csHandoverRadioResources\":"
		  "{\"csHandoverRadioResourcesLength\":3,\"csHandoverRadioResourcesData\":\"062b00\"},"
		  "\"dtmHandoverPsRadioResources\":{\"cellIdentification\":{\"mcc\":\"001\","
		  "\"mnc\":\"01\",\"lac\":4660,\"rac\":86,\"ci\":43981},\"maxLapdm\":2,"
		  "\"gprsMsTxpwrMaxCch\":10,\"gprsCellOptions\":{\"nmo\":1,\"nmoName\":"
		  "\"Network Mode of Operation II\",\"t3168\":2,\"t3192\":3,\"drxTimerMax\":4,"
		  "\"accessBurstType\":1,\"controlAckType\":0,\"bsCvMax\":15,\"panDec\":1,"
		  "\"panInc\":2,\"panMax\":3,\"extensionLength\":10,\"extensionInformation\":"
		  "{\"egprsPacketChannelRequest\":1,\"bepPeriod\":5,\"pfcFeatureMode\":true,"
		  "\"dtmSupport\":false,\"bssPagingCoordination\":true,\"ccnActive\":false,"
		  "\"nwExtUtbf\":true}},\"gprsPowerControlParameters\":{\"alpha\":7,\"tAvgW\":16,"
		  "\"tAvgT\":17,\"pcMeasChan\":1,\"nAvgI\":9},\"extendedDynamicAllocation\":false,"
		  "\"rlcReset\":true,\"uplinkControlTimeslot\":2,\"egprsMode\":"
		  "{\"uplinkEgprsWindowSize\":4,\"egprsChannelCodingCommand\":6,"
		  "\"egprsChannelCodingCommandName\":\"MCS-7\",\"globalTimeslotDescription\":"
		  "{\"msTimeslotAllocation\":88},\"uplinkAssignments\":[{\"pfi\":68,\"rlcMode\":1,"
		  "\"rlcModeName\":\"RLC unacknowledged mode\",\"tfiAssignment\":4,"
		  "\"usfGranularity\":0,\"tbfTimeslotAllocation\":\"101\",\"usfAllocation\":[2,5]}],"
		  "\"downlinkEgprsWindowSize\":9,\"linkQualityMeasurementMode\":2,"
		  "\"downlinkBepPeriod2\":3,\"downlinkAssignments\":[{\"timeslotAllocation\":24,"
		  "\"rlcMode\":0,\"rlcModeName\":\"RLC acknowledged mode\",\"tfiAssignment\":9,"
		  "\"controlAck\":true}]},\"primaryTscSet\":1,\"primaryTscValue\":5},"
		  "\"nasContainerForPsHandover\":{\"nasContainerLength\":5,\"nasContainerData\":"
		  "\"13deadbeef\",\"oldXid\":true,\"typeOfCipheringAlgorithm\":3,"
		  "\"typeOfCipheringAlgorithmName\":\"GEA/3\",\"iovUi\":3735928559}}", NULL);
	robust(DL, DTM_HO, 1);
}
END_TEST

START_TEST(test_other_messages)
{
	/* the other downlink messages: type and page mode, the content in hex */
	expect_ok(DL, "1501", "{\"messageType\":5,\"messageTypeName\":"
		  "\"PACKET POWER CONTROL/TIMING ADVANCE\",\"pageMode\":1,\"pageModeName\":"
		  "\"Extended Paging\",\"hex\":\"1501\"}", NULL);
	expect_ok(DL, "c4", "\"messageTypeName\":\"PACKET SYSTEM INFORMATION 1\"", NULL);
	/* 110101 (the PSI4 of earlier releases) "shall not be used" */
	expect_ok(DL, "d6", "\"messageType\":53,\"messageTypeName\":"
		  "\"reserved (allocated in an earlier version) (53)\",\"pageMode\":2,"
		  "\"pageModeName\":\"Paging Reorganization\"", NULL);
	expect_ok(DL, "48", "\"messageType\":18,\"messageTypeName\":\"unknown (18)\"", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	tu_expect_empty_error(emit, &(enum which){ DL }, "empty: an RLC/MAC control message");
	tu_expect_empty_error(emit, &(enum which){ SI_PSI }, "empty: an SI/PSI container");
	/* truncated inside the Global Packet Timing Advance */
	expect(DL, "550f0200bff41de947734a",
	       "\"globalPacketTimingAdvance\":{\"uplinkTimingAdvanceIndex\":2}}},",
	       "\"error\":{\"offset\":10,\"reason\":\"truncated: "
	       "uplinkTimingAdvanceTimeslotNumber has 3 bits, 2 left\"}", NULL);
	/* only MESSAGE_TYPE: PAGE_MODE missing */
	expect(DL, "54", "\"error\":{\"offset\":1,\"reason\":\"truncated: ", NULL);
	/* reserved choices: the address choice 1, the payload escape 11, the RR Info error 11,
	 * the DTM payload escape 10, RRC_CONTAINER_LENGTH 0 */
	expect(DL, "5480", "\"error\":{\"offset\":1,\"reason\":\"PS HANDOVER COMMAND: address "
	       "choice 1 is an Address information part error", NULL);
	expect(DL, "54466000", "\"containerId\":0,\"hex\":\"54466000\",\"error\":{\"offset\":2,"
	       "\"reason\":\"PS HANDOVER COMMAND: payload choice 11 is a message escape\"}", NULL);
	expect(DL, "54461800", "\"psHandoverToAGbModePayload\":{}", "\"error\":{\"offset\":2,"
	       "\"reason\":\"RR Handover RR Info Error: choice 11 is reserved\"}", NULL);
	expect(DL, "5c4700", "\"error\":{\"offset\":1,\"reason\":\"DTM HANDOVER COMMAND: payload "
	       "choice 10 / 11 is a message escape\"}", NULL);
	expect(DL, "54464000", "\"rrcContainerLength\":0", "\"error\":{\"offset\":3,\"reason\":"
	       "\"RRC_CONTAINER_LENGTH 0 is reserved\"}", NULL);
	/* an RRC container longer than the message */
	expect(DL, "5446410240", "\"error\":{\"offset\":3,\"reason\":\"truncated: "
	       "rrcContainerData has 64 bits, 13 left\"}", NULL);
	/* SI/PSI: fewer and more octets than the count says */
	expect(SI_PSI, "04 1b0000000000000000000000000000000000000000",
	       "\"numberOfSiPsi\":2,", "\"error\":{\"offset\":22,\"reason\":\"truncated: 2 SI "
	       "messages of 21 octets need 42, 21 present\"}", NULL);
	expect(SI_PSI, "02 1b0000000000000000000000000000000000000000 00",
	       "\"error\":{\"offset\":22,\"reason\":\"1 octets after the 1 SI messages\"}", NULL);
	/* every value of every octet of short vectors */
	tu_exhaustive(emit, &(enum which){ DL }, "544640424680");
	tu_exhaustive(emit, &(enum which){ DL }, "5c4700");
}
END_TEST

/*
 * TS 48.018 11.3.95b SI/PSI Container: 02 (one, Type 0: SI) and a SYSTEM INFORMATION TYPE 3
 * of 21 octets (1b | Cell Identity 1234 | LAI 62f220 5678 | Control Channel Description
 * 490000 | Cell Options 01 | Cell Selection Parameters a7c5: hysteresis 101, MS TXPWR MAX CCH
 * 00111, ACS 1, NECI 1, RXLEV-ACCESS-MIN 000101 | RACH Control 000000 | rest octets
 * 2b2b2b2b: tshark's gsm_a_ccch reads the same fields); 03 (one PSI) and a PSI1 of 22 (c4: 110001 | 00).  tshark
 * (bssgp, the container in a PS-HANDOVER-REQUIRED-ACK's Target BSS to Source BSS Transparent
 * Container) shows the same Number of SI/PSI and Type and cuts the list the same way (SI of
 * 21 octets, PSI of 22, for two of each too); it does not decode the messages.
 */
#define SI_ONE_SI "1b123462f220567849000001a7c50000002b2b2b2b"
#define SI_ONE "02 " SI_ONE_SI
#define PSI_ONE "03 c4 000000000000000000000000000000000000000000"

START_TEST(test_si_psi)
{
	expect_ok(SI_PSI, SI_ONE, "{\"numberOfSiPsi\":1,\"type\":0,\"typeName\":\"SI messages as "
		  "specified for BCCH (TS 44.018)\",\"messages\":[{\"messageType\":27,"
		  "\"messageTypeName\":\"SYSTEM INFORMATION TYPE 3\",\"cellIdentity\":4660,\"lai\":"
		  "{\"mcc\":\"262\",\"mnc\":\"02\",\"lac\":22136},\"cellSelectionParameters\":"
		  "{\"cellReselectHysteresis\":5,\"msTxpwrMaxCch\":7,\"acs\":true,\"neci\":true,"
		  "\"rxlevAccessMin\":5},\"octets\":"
		  "\"1b123462f220567849000001a7c50000002b2b2b2b\"}]", NULL);
	expect_ok(SI_PSI, PSI_ONE, "\"type\":1,\"typeName\":\"PSI messages as specified for PBCCH "
		  "(TS 44.060)\",\"messages\":[{\"messageType\":49,\"messageTypeName\":"
		  "\"PACKET SYSTEM INFORMATION 1\",\"pageMode\":0,", NULL);
	/* two: the SI3 above and an SI4 (1c | LAI 62f220 5678 | Cell Selection Parameters a7c5 |
	 * RACH Control Parameters 000000 | rest octets 2b...); tshark (gsm_a_ccch, behind the
	 * L2 pseudo length and the protocol discriminator) reads the same fields */
	expect_ok(SI_PSI, "04 " SI_ONE_SI "1c62f2205678a7c50000002b2b2b2b2b2b2b2b2b2b",
		  "\"numberOfSiPsi\":2,", "\"messageTypeName\":\"SYSTEM INFORMATION TYPE 3\",",
		  "{\"messageType\":28,\"messageTypeName\":\"SYSTEM INFORMATION TYPE 4\",\"lai\":"
		  "{\"mcc\":\"262\",\"mnc\":\"02\",\"lac\":22136},\"cellSelectionParameters\":"
		  "{\"cellReselectHysteresis\":5,", NULL);
	robust(SI_PSI, SI_ONE, 1);
	robust(SI_PSI, PSI_ONE, 1);
}
END_TEST

/*
 * Through the real paths.  LTE RRC: the DL-DCCH-Message MobilityFromEUTRACommand of
 * tests/check_lte_rrc.c (geran, cs-FallbackIndicator) with PSHO_AGB as its
 * targetRAT-MessageContainer (length 18: 24 octets); tshark (lte_rrc.dl_dcch) hands the container
 * to gsm_rlcmac_dl from its MESSAGE_TYPE and shows the same PS HANDOVER COMMAND.  RANAP: the
 * RelocationCommand of tests/check_ranap.c with a TargetBSS-ToSourceBSS-TransparentContainer
 * of two BSSGP IEs: 74 98 PSHO_AGB (PS Handover Command) and 76 96 SI_ONE (SI/PSI
 * Container); tshark's RANAP leaves that container in hex.
 */
#define LTE_PSHO "1810230aa1e04017fe83bd28ee6958ef6387509f810a020406080a00"
#define RANAP_PSHO "2002004a 400001 000e 40 0a 09 062bc50a0a0f2a5505 0000 00a2 40 33 32" \
	"7498" PSHO_AGB "7696" "021b123462f220567849000001a7c50000002b2b2b2b"

START_TEST(test_paths)
{
	expect_ok(LTE, LTE_PSHO, "\"targetRAT-Type\":\"geran\",\"targetRAT-MessageContainer\":"
		  "\"" PSHO_AGB "\",\"rlcMacMessage\":{\"messageType\":21,\"messageTypeName\":"
		  "\"PS HANDOVER COMMAND\",", "\"iovUi\":33752069}},\"hex\":\"" PSHO_AGB "\"}", NULL);
	expect_ok(RANAP, RANAP_PSHO, "{\"iei\":116,\"name\":\"PS Handover Command\",\"length\":24,"
		  "\"value\":\"" PSHO_AGB "\",\"psHandoverCommand\":{\"messageType\":21,",
		  "{\"iei\":118,\"name\":\"SI/PSI Container\",\"length\":22,\"value\":",
		  "\"siPsiContainer\":{\"numberOfSiPsi\":1,", NULL);
	robust(LTE, LTE_PSHO, 1);
	robust(RANAP, RANAP_PSHO, 1);
}
END_TEST

Suite *tu_suite_rlcmac(void)
{
	Suite *s = suite_create("rlcmac");
	TCase *tc = tcase_create("rlcmac");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_ps_handover_command);
	tcase_add_test(tc, test_dtm_handover_command);
	tcase_add_test(tc, test_other_messages);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_si_psi);
	tcase_add_test(tc, test_paths);
	suite_add_tcase(s, tc);
	return s;
}
