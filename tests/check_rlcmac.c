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
	/*
	 * to E-UTRAN: 010101 | 00 | 0 | 0 00000 | 00 | 10 | RRC Container 00011100 (28 octets):
	 * LTE_PSHO below (a DL-DCCH-Message, decoded by lte_rrc.c under "dlDcchMessage") | 0.
	 * tshark hands the container to lte_rrc.dl_dcch and shows the same MobilityFromEUTRA-
	 * Command.  Before, the container stayed in hex; "rrcContainerData" is still there.
	 */
	expect_ok(DL, "54004383020461543c0802ffd077a51dcd2b1dec70ea13f021404080c1014000",
		  "\"psHandoverToEutranPayload\":{\"rrcContainer\":{\"rrcContainerLength\":28,"
		  "\"rrcContainerData\":\"1810230aa1e04017fe83bd28ee6958ef6387509f810a020406080a00\","
		  "\"dlDcchMessage\":{\"type\":\"DL-DCCH-Message\",\"value\":{\"message\":{\"c1\":"
		  "{\"mobilityFromEUTRACommand\":", "\"iovUi\":33752069}}", NULL);
	/* an RRC container that is not a DL-DCCH-Message: the error is the LTE RRC value's */
	expect(DL, "544640424680", "\"rrcContainerData\":\"1234\",\"dlDcchMessage\":{", NULL);
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
	robust(DL, "54004383020461543c0802ffd077a51dcd2b1dec70ea13f021404080c1014000", 0);
	robust(DL, "5400000160830544e81365cc00", 0);
}
END_TEST

/*
 * DTM HANDOVER COMMAND (11.2.46): 010111 | PAGE_MODE 11 | 0 | Global TFI 0 00001 | 00 (A/Gb) | CS
 * Handover Radio Resources: length 0001011, 11 octets (a HANDOVER COMMAND, see below) | 00 (DTM
 * Handover PS Radio Resources IE): Cell Identification: LAI 00 f1 10 12 34 (MCC 001, MNC 01, LAC
 * 4660), RAC 56, CI ab cd | MAX_LAPDm 010 | GPRS_MS_TXPWR_MAX_CCH 01010 | GPRS Cell Options: NMO
 * 01, T3168 010, T3192 011, DRX_TIMER_MAX 100, ACCESS_BURST_TYPE 1, CONTROL_ACK_TYPE 0, BS_CV_MAX
 * 1111, 1 PAN 001 010 011, 1 Extension Length 001010 (11 bits): 1 EGPRS 1 0101, PFC 1, DTM 0, BSS
 * paging 1, CCN 0, NW_EXT_UTBF 1 | GPRS Power Control Parameters: ALPHA 0111, T_AVG_W 10000,
 * T_AVG_T 10001, PC_MEAS_CHAN 1, N_AVG_I 1001 | EXTENDED_DYNAMIC_ALLOCATION 0 | RLC_RESET 1 | 0 | 1
 * Uplink Control Timeslot 010 | 1 EGPRS mode: 1 window 00100, 1 MCS 0110, 0, 1 Global Timeslot
 * description 0 01011000, 1 uplink TBF (1 PFI 1000100, RLC_MODE 1, TFI 00100, 0, 0, 0,
 * USF_GRANULARITY 0, 1 TBF_TIMESLOT_ALLOCATION 101 (bit (3): three timeslots), 1 USF 010, 1 USF
 * 101), 0; 1 downlink: 1 window 01001, LQM 10, 1 BEP_PERIOD2 0011, 1 downlink TBF
 * (TIMESLOT_ALLOCATION 00011000, 0, RLC_MODE 0, TFI 01001, CONTROL_ACK 1, 0), 0 | 1 Rel-12: 1
 * Primary TSC 1 101, 0 | 1 NAS Container: 0000101, 13 de ad be ef | 0.  tshark 4.0.17 does not
 * decode this message.
 */
#define DTM_HEAD "5f020b062b1d2a0a0f2a55856301"
#define DTM_HO DTM_HEAD "003c44048d15aaf35294e5f29cad6af08e5564b258e2481b5ae9a718133d4289" \
	"ef56df7780"

START_TEST(test_dtm_handover_command)
{
	expect_ok(DL, DTM_HO,
		  "{\"messageType\":23,\"messageTypeName\":\"DTM HANDOVER COMMAND\",\"pageMode\":3,"
		  "\"pageModeName\":\"Same as before\",\"globalTfi\":{\"uplinkTfi\":1},"
		  "\"dtmHandoverToAGbModePayload\":{\"csHandoverRadioResources\":"
		  "{\"csHandoverRadioResourcesLength\":11,\"csHandoverRadioResourcesData\":"
		  "\"062b1d2a0a0f2a55856301\",\"handoverCommand\":{\"protocolDiscriminator\":\"RR\",",
		  "\"hex\":\"062b1d2a0a0f2a55856301\"}},\"dtmHandoverPsRadioResources\":"
		  "{\"cellIdentification\":{\"mcc\":\"001\","
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
	/*
	 * The CS Handover Radio Resources of DTM_HO hold a TS 44.018 HANDOVER COMMAND (the one of
	 * tests/check_dtap.c: 06 2b | cell description 1d 2a | channel description 2 0a 0f 2a |
	 * handover reference 55 | power command 85 | 63 01 mode of the first channel): dtap.c
	 * decodes it under "handoverCommand" beside the hex; tshark's gsm_a_dtap shows the same
	 * fields for these octets (tshark 4.0.17 does not decode the DTM HANDOVER COMMAND around
	 * them).  Other octets stay in hex only.
	 */
	expect_ok(DL, DTM_HO, "\"csHandoverRadioResourcesData\":\"062b1d2a0a0f2a55856301\","
		  "\"handoverCommand\":{\"protocolDiscriminator\":\"RR\",\"skipIndicator\":0,"
		  "\"messageType\":43,", "\"cellDescription\":{\"ncc\":3,\"bcc\":5,\"bcchArfcn\":42},",
		  "\"handoverReference\":85,", "\"hex\":\"062b1d2a0a0f2a55856301\"}},"
		  "\"dtmHandoverPsRadioResources\":{\"cellIdentification\":", NULL);
	expect_ok(DL, "5f0203112233003c44048d15aaf35294e5f29cad6af08e5564b258e2481b5ae9a718133d4289"
		  "ef56df7780", "{\"csHandoverRadioResourcesLength\":3,\"csHandoverRadioResourcesData\":"
		  "\"112233\"},\"dtmHandoverPsRadioResources\":", NULL);
}
END_TEST

/*
 * PS Handover Radio Resources 2 (12.42a, payload RR choice 01): 010101 | 00 | 0 | 0 00011 |
 * CONTAINER_ID 01 | 00 | 01: 0 (no Handover Reference) | ARFCN 0001100100 | SI 01 | NCI 0 |
 * BSIC 101010 | 0 | 1 3G_CCN_ACTIVE 1 | 0 | 10 Dual Carrier Frequency Parameters: TSC 101,
 * 00, 1 ARFCN1 0000000001 ARFCN2 0000000010 | NCO 00 | 0 | RLC_RESET 1 | EGPRS mode 2: 1
 * BEP_PERIOD2 0110, 0 (single TBF), 1 Single Downlink Assignment 2: 1 window 00010, LQM 01,
 * EGPRS Level 01, 1 EVENT_BASED_FANR 1, 0 (BTTI) TIMESLOT_ALLOCATION_C1 11110000, 1 C2
 * 00001111, 1 PFI 0000101, RLC_MODE 0, TFI 10101, CONTROL_ACK 1, 0; 1 Single Uplink
 * Assignment 2: MCS 0011, RESEGMENT 1, 0, EGPRS Level 10, 1 FANR 1 (time-based) REPORTED
 * TIMESLOTS_C1 10101010, 0, TSH 11, 0 (BTTI), Dynamic Allocation 2 (EXTENDED_DYNAMIC_
 * ALLOCATION 0, 1 P0_C1 0101 PR_MODE_C1 1, 0, USF_GRANULARITY 1, 1 UPLINK_TFI 00111, 0 N_USF
 * 0001: 1 USF 010, 0), 0, RLC_MODE 1, 0, 1 Pulse Format 0 coding 1 011 | 1 Extension Length
 * 000101 (6 bits): 1 MTTI_DOWNLINK_ASSIGNMENT_C1 1, 0, 0, 0, Ack/Nack Type 3 Support 1 | 0
 * (no NAS container) | 0.  tshark 4.0.17 reads the RR Info choice as a fixed 00 ("FIXED
 * value does not match") and decodes none of it: checked against the CSN.1 of TS 44.060
 * v13.6.0 alone.
 */
#define PSHO_RR2 "5406886455354802010d98977843e155a75d532b670d14e2e200"

/*
 * The same with the legacy Frequency Parameters (01: C1 TSC 010, 00 ARFCN 15; 1 C2 TSC 011,
 * 01 indirect MAIO 000001 MA_NUMBER 0010, 0) | NCO 01 | 1 Global Packet Timing Advance (1 TA
 * 000011, 0, 0), 1 Packet Extended Timing Advance 10 | RLC_RESET 0 | EGPRS mode 2: 0, 1
 * (multiple TBFs), 1 Multiple Downlink Assignment 2 (0, LQM 10, level 00, 1 BTTI: FANR 1, 1
 * {TIMESLOT_ALLOCATION_C1 00110000, 0, 1 UCT C1 010, 0, 1 {Downlink TBF assignment 2: 0, RLC
 * 1, 0, 0, TFI 00001, CONTROL_ACK 0, 0, EVENT_BASED_FANR 1, 1 window 00011} 0} 0; 1 RTTI: 0
 * single carrier, 10 explicit DL pairs 11000000 UL pairs 01000000, 1 {1010, 0, 0} 0), 1
 * Multiple Uplink Assignment 2 (1 MCS 0111, RESEGMENT 0, 0, EXTENDED_DYNAMIC_ALLOCATION 1,
 * 0, 1 FANR 0 (SSN-based); 1 BTTI: Timeslot description 2 0 00011100 0, 1 {1 PFI 0001111,
 * RLC 0, TFI 00010, 0, 0, 0, 0, USF_GRANULARITY 0, N_TS 0010, 1 TBF_TIMESLOT_ALLOCATION 101,
 * 1 USF 001 then * (N_TS + 1): 1 010, 0, 1 011} 0; 1 RTTI: 0, N_PAIRS 001, 1 ALPHA_C1 1000,
 * 0, GAMMAs 1 00001, 0, 0 (no second), 1 {RTTI_USF_MODE 1, 0, RLC 1, TFI 00011, 0, 0, 0, 0,
 * USF_GRANULARITY 1, 0, 1 USF 100 then * N_PAIRS: 0, 1 (BTTI USF mode) USF_2 101, 1 110} 0;
 * level 01, 0) | 0 (no extension) | 0 | 0.  The next USFs are * (val(N_TS) + 1) for BTTI and
 * * val(N_PAIRS) for RTTI as the CSN.1 of 12.48a.6 writes them.  Checked against the standard.
 */
#define PSHO_RR2_MULTI "540688645505007da091c331a398294098cac040d0dca8718f0805b34b47084d1858de20"

/*
 * PS Handover Radio Resources 3 (12.42b, RR choice 10): 010101 | 00 | 0 | 0 00000 | 00 | 00 |
 * 10: 0 | SI 11 | NCI 1 | BSIC 000001 | 0 | 0 | 0 | downlink: DOWNLINK_RLC_MODE 1,
 * CONTROL_ACK 0, 1 UFPS {10: 1 DLMC Frequency Parameters TSC 001 00 ARFCN 0000010000, 1
 * carrier {10: 0 (BTTI) 1 TIMESLOT_ALLOCATION 11000000, 0, 1 P0 0011 PR_MODE 0, 1
 * DOWNLINK_TFI 00110 0, 0, 0, 0, Primary TSC Set 1, 0}, 1 carrier {01}, 0}, 1 UFPS {00}, 0,
 * DLMC Measurement Type 1, LQM 10, 0, Global Packet Timing Advance (1 TA 000101, 0, 0), 0,
 * 1 PTCCH_CARRIER 0011, PDAN Coding 1, Extended SNS 0, 0, 1 PFI 0001000, 0, 0, EGPRS Level
 * 10, upper layer PDU start 1, Ack/Nack Type 3 0, MCS 0101 | uplink: RESEGMENT 1, 1 {10: 1
 * (RTTI) 1 UPLINK_PDCH_PAIRS_DLMC 00110000, Dynamic Allocation 3 (EXTENDED_DYNAMIC_
 * ALLOCATION 0, USF_GRANULARITY 1, 1 ALPHA 1001, 0, 1 (RTTI): 1 {1 USF 011 GAMMA 00010, 1
 * (BTTI USF mode) 1 USF_2 110}, 1 {0}, 0), 0, 0, Primary TSC Set 0}, 0, 0, UPLINK_TFI 11111,
 * 0, 1 UPLINK_RLC_MODE 1, 0, 1 FANR 1 (time-based) REPORTED TIMESLOTS 00001111 TSH 01,
 * EGPRS Level 00, 0, 1 Uplink Control Timeslot 101 | NCO 10 | RLC_RESET 1 | 0 | 0.  Checked
 * against the standard alone (tshark 4.0.17 does not read it).
 */
#define PSHO_RR3 "540013822d20219c04d305519144e4414bd9839762f407db0f46d0"

/*
 * The same with EMSR on the first DLMC carrier (the Carrier Specific Info struct of 12.42b,
 * where each additional PFC of the three EMSR lists is followed by its own { 0 | 1
 * < DOWNLINK_eTFI_ASSIGNMENT : bit (3) > }): after its "0 (no power control), 0 (no EMST)",
 * 1 EMSR: list 1 {1 TFI 01010, 1 NPM Transfer Time 00011, PFI 0000111, 1 eTFI 101}, {1 TFI
 * 00001, 0, PFI 0000010, 0 (no eTFI)}, 0; list 2: 0; list 3 {1 TFI 11111, 0, PFI 1111111,
 * 1 eTFI 010}, 0 | then Primary TSC Set 1, 0 and the rest as above.  Checked against the
 * standard alone: tshark 4.0.17 stops at the radio resources choice 10 ("FIXED value does
 * not match").
 */
#define PSHO_RR3_EMSR "540013822d20219c04d30d5187d84087eff4aa32289c88297b3072ec5e80fb61e8da00"

/*
 * DTM Handover PS Radio Resources 2 (12.46a, RR choice 01): the fields of DTM_HO up to the
 * power control parameters (GPRS Cell Options without PAN and extension) | RLC_RESET 1 | 00
 * EGPRS mode 2: 0, 0, 1 Single Downlink Assignment 2 (0, LQM 00, level 00, 0, 1 (RTTI) 1
 * (dual carrier) 01 (unchanged), RTTI_DOWNLINK_PDCH_PAIR_ASSIGNMENT_DC 10100101, 0, RLC 1,
 * TFI 01000, CONTROL_ACK 0, 1 NPM 00111), 0 | 1 Extension Length 001101 (14 bits): 0
 * EMST_NW_Capability 1, 0, 0, 0, 1 MTTI_UPLINK_ASSIGNMENT_C2 1, Ack/Nack Type 3 1, 1 Primary
 * TSC Set 0 Value 110, 0 | 1 NAS Container 0000101 13 de ad be ef | 0.  DTM Handover PS
 * Radio Resources 3 (12.46b, 10): RLC_RESET 0 | 00: 1 BEP_PERIOD2 0001, 0, 0, 0 | 1 Extension
 * Length 00011011 (28 bits): 0 0, 0 0 0 0, 1 EMSR downlink {1 TFI 00011 0 PFI 0000001} 0, 0,
 * 0, 0 (uplink), 0, 0, 0 | 0 (no NAS container) | 0.  tshark 4.0.17 does not decode the DTM
 * HANDOVER COMMAND: checked against the standard alone.
 */
#define DTM_RR2 DTM_HEAD "403c44048d15aaf35294e5e3c239840da5509d351ec8513deadbeef0"
#define DTM_RR3 DTM_HEAD "803c44048d15aaf35294e5e3c2391111b031808000"

START_TEST(test_radio_resources_2_3)
{
	expect_ok(DL, PSHO_RR2, "\"containerId\":1,\"psHandoverToAGbModePayload\":"
		  "{\"psHandoverRadioResources2\":{\"arfcn\":100,\"si\":1,\"nci\":0,\"bsic\":42,"
		  "\"threeGCcnActive\":true,\"dualCarrierFrequencyParameters\":{\"tsc\":5,"
		  "\"arfcn1\":1,\"arfcn2\":2},\"networkControlOrder\":0,\"networkControlOrderName\":"
		  "\"NC0\",\"rlcReset\":true,\"egprsMode2\":{\"bepPeriod2\":6,\"downlinkAssignment\":"
		  "{\"downlinkEgprsWindowSize\":2,\"linkQualityMeasurementMode\":1,"
		  "\"downlinkEgprsLevel\":1,\"downlinkEgprsLevelName\":\"EGPRS2-A\","
		  "\"eventBasedFanr\":true,\"timeslotAllocationC1\":240,\"timeslotAllocationC2\":15,"
		  "\"pfi\":5,\"rlcMode\":0,\"rlcModeName\":\"RLC acknowledged mode\","
		  "\"downlinkTfiAssignment\":21,\"controlAck\":true},\"uplinkAssignment\":"
		  "{\"egprsChannelCodingCommand\":3,\"egprsChannelCodingCommandName\":\"MCS-4\","
		  "\"resegment\":1,\"uplinkEgprsLevel\":2,\"uplinkEgprsLevelName\":\"EGPRS2-B\","
		  "\"fanr\":{\"encoding\":\"time-based\",\"reportedTimeslotsC1\":170,\"tsh\":3},"
		  "\"dynamicAllocation2\":{\"extendedDynamicAllocation\":false,\"p0C1\":5,"
		  "\"prModeC1\":1,\"prModeC1Name\":\"PR mode B: for all MS\",\"usfGranularity\":1,"
		  "\"uplinkTfiAssignment\":7,\"nUsf\":1,\"usf\":[2,null]},\"rlcMode\":1,"
		  "\"rlcModeName\":\"RLC unacknowledged mode\",\"pulseFormat\":"
		  "{\"pulseFormatCoding1\":3}}},\"extensionLength\":5,\"extensionInformation\":"
		  "{\"mttiDownlinkAssignmentC1\":1,\"egprsPacketDownlinkAckNackType3Support\":1}}},"
		  "\"hex\":\"" PSHO_RR2 "\"}", NULL);
	expect_ok(DL, PSHO_RR2_MULTI, "\"frequencyParametersC1\":{\"tsc\":2,\"arfcn\":15},"
		  "\"frequencyParametersC2\":{\"tsc\":3,\"indirectEncoding\":{\"maio\":1,"
		  "\"maNumber\":2}},\"networkControlOrder\":1,",
		  "\"globalPacketTimingAdvance\":{\"timingAdvanceValue\":3},"
		  "\"packetExtendedTimingAdvance\":2,\"rlcReset\":false,\"egprsMode2\":"
		  "{\"multipleDownlinkAssignment\":{\"linkQualityMeasurementMode\":2,"
		  "\"downlinkEgprsLevel\":0,\"downlinkEgprsLevelName\":\"EGPRS\",\"btti\":{\"fanr\":1,"
		  "\"bttiMultipleDownlinkAssignments\":[{\"timeslotAllocationC1\":48,"
		  "\"uplinkControlTimeslotC1\":2,\"downlinkTbfAssignments\":[{\"rlcMode\":1,"
		  "\"rlcModeName\":\"RLC unacknowledged mode\",\"tfiAssignment\":1,\"controlAck\":false,"
		  "\"eventBasedFanr\":true,\"downlinkEgprsWindowSize\":3}]}]},\"rtti\":"
		  "{\"rttiPdchPairs\":{\"dualCarrier\":false,\"pdchPairConfiguration\":2,"
		  "\"pdchPairConfigurationName\":\"Explicit PDCH pair configuration\","
		  "\"downlinkPdchPairsC1\":192,\"uplinkPdchPairsC1\":64},"
		  "\"rttiMultipleDownlinkAssignmentsSc\":[{\"rttiDownlinkPdchPairAssignmentSc\":10,"
		  "\"downlinkTbfAssignments\":[]}]}},\"multipleUplinkAssignment\":"
		  "{\"egprsChannelCodingCommand\":7,\"egprsChannelCodingCommandName\":\"MCS-8\","
		  "\"resegment\":0,\"extendedDynamicAllocation\":true,\"fanr\":{\"encoding\":"
		  "\"SSN-based\"},\"btti\":{\"globalTimeslotDescription\":{\"msTimeslotAllocationC1\":28},"
		  "\"bttiUplinkTbfAssignments\":[{\"pfi\":15,\"rlcMode\":0,\"rlcModeName\":"
		  "\"RLC acknowledged mode\",\"tfiAssignment\":2,\"usfGranularity\":0,\"nTs\":2,"
		  "\"tbfTimeslotAllocation\":\"101\",\"usf\":1,\"nextUsfs\":[2,null,3]}]},\"rtti\":"
		  "{\"nPairs\":1,\"alphaC1\":8,\"gamma\":[1,null],\"rttiUplinkTbfAssignments\":"
		  "[{\"rttiUsfMode\":1,\"rlcMode\":1,\"rlcModeName\":\"RLC unacknowledged mode\","
		  "\"tfiAssignment\":3,\"usfGranularity\":1,\"usf\":4,\"nextUsfs\":[null],\"usf2\":5,"
		  "\"nextUsf2s\":[6]}]},\"uplinkEgprsLevel\":1,\"uplinkEgprsLevelName\":\"EGPRS2-A\"}}}}",
		  NULL);
	expect_ok(DL, PSHO_RR3, "\"psHandoverRadioResources3\":{\"si\":3,\"nci\":1,\"bsic\":1,"
		  "\"downlink\":{\"downlinkRlcMode\":1,\"downlinkRlcModeName\":"
		  "\"RLC unacknowledged mode\",\"controlAck\":false,\"ufps\":[{\"ufps\":2,\"ufpsName\":"
		  "\"Existing UFPS changed/new UFPS provided\",\"dlmcFrequencyParameters\":{\"tsc\":1,"
		  "\"arfcn\":16},\"carrierSpecificInfo\":[{\"carrier\":2,\"carrierName\":"
		  "\"Existing carrier changed/new carrier provided\",\"timeslotAllocation\":192,"
		  "\"p0\":3,\"prMode\":0,\"prModeName\":\"PR mode A: for one addressed MS\","
		  "\"downlinkTfiAssignment\":6,\"primaryTscSet\":1},{\"carrier\":1,\"carrierName\":"
		  "\"Existing carrier remains unchanged\"}]},{\"ufps\":0,\"ufpsName\":"
		  "\"Existing UFPS released\"}],\"dlmcMeasurementType\":1,"
		  "\"linkQualityMeasurementMode\":2,\"globalPacketTimingAdvance\":"
		  "{\"timingAdvanceValue\":5},\"ptcchCarrier\":3,\"pdanCoding\":1,\"extendedSns\":0,"
		  "\"pfiOfDownlinkTbf\":8,\"downlinkEgprsLevel\":2,\"downlinkEgprsLevelName\":"
		  "\"EGPRS2-B\",\"indicationOfUpperLayerPduStartForRlcUm\":1,"
		  "\"egprsPacketDownlinkAckNackType3Support\":0,\"egprsChannelCodingCommand\":5,"
		  "\"egprsChannelCodingCommandName\":\"MCS-6\"},\"uplink\":{\"resegment\":1,"
		  "\"dlmcUlCarrierInfo\":[{\"carrier\":2,\"carrierName\":"
		  "\"Assigned carrier modified or new carrier assigned\",\"uplinkPdchPairsDlmc\":48,"
		  "\"dynamicAllocation3\":{\"extendedDynamicAllocation\":false,\"usfGranularity\":1,"
		  "\"alpha\":9,\"pdchPairs\":[{\"usf\":3,\"gamma\":2,\"usfMode\":\"BTTI\",\"usf2\":6},"
		  "null]},\"primaryTscSet\":0}],\"uplinkTfiAssignment\":31,\"uplinkRlcMode\":1,"
		  "\"fanr\":{\"encoding\":\"time-based\",\"reportedTimeslots\":15,\"tsh\":1},"
		  "\"uplinkEgprsLevel\":0,\"uplinkEgprsLevelName\":\"EGPRS\",\"uplinkControlTimeslot\":5},"
		  "\"networkControlOrder\":2,\"networkControlOrderName\":\"NC2\",\"rlcReset\":true}}",
		  NULL);
	expect_ok(DL, PSHO_RR3_EMSR, "\"downlinkTfiAssignment\":6,\"emsr\":{\"additionalPfcs1\":"
		  "[{\"tfi\":10,\"npmTransferTime\":3,\"pfi\":7,\"downlinkEtfiAssignment\":5},"
		  "{\"tfi\":1,\"pfi\":2}],\"additionalPfcs2\":[],\"additionalPfcs3\":[{\"tfi\":31,"
		  "\"pfi\":127,\"downlinkEtfiAssignment\":2}]},\"primaryTscSet\":1},{\"carrier\":1,",
		  "\"networkControlOrder\":2,\"networkControlOrderName\":\"NC2\",\"rlcReset\":true}}",
		  NULL);
	/* truncated inside the second additional PFC (after its TFI and NPM bit) */
	expect(DL, "540013822d20219c04d30d5187d840", "\"downlinkEtfiAssignment\":5},{\"tfi\":1}]}}",
	       "\"error\":{\"offset\":14,\"reason\":\"truncated: pfi has 7 bits, 5 left\"}",
	       NULL);
	expect_ok(DL, DTM_RR2, "\"dtmHandoverPsRadioResources2\":{\"cellIdentification\":"
		  "{\"mcc\":\"001\",\"mnc\":\"01\",\"lac\":4660,\"rac\":86,\"ci\":43981},\"maxLapdm\":2,",
		  "\"gprsPowerControlParameters\":{\"alpha\":7,\"tAvgW\":16,\"tAvgT\":17,"
		  "\"pcMeasChan\":1,\"nAvgI\":9},\"rlcReset\":true,\"egprsMode2\":"
		  "{\"downlinkAssignment\":{\"linkQualityMeasurementMode\":0,\"downlinkEgprsLevel\":0,"
		  "\"downlinkEgprsLevelName\":\"EGPRS\",\"rttiPdchPairs\":{\"dualCarrier\":true,"
		  "\"pdchPairConfiguration\":1,\"pdchPairConfigurationName\":\"Unchanged\"},"
		  "\"rttiDownlinkPdchPairAssignmentDc\":165,\"rlcMode\":1,\"rlcModeName\":"
		  "\"RLC unacknowledged mode\",\"downlinkTfiAssignment\":8,\"controlAck\":false,"
		  "\"npmTransferTime\":7}},\"extensionLength\":13,\"extensionInformation\":"
		  "{\"emstNwCapability\":true,\"mttiUplinkAssignmentC2\":1,"
		  "\"egprsPacketDownlinkAckNackType3Support\":1,\"primaryTscSet\":0,"
		  "\"primaryTscValue\":6}},\"nasContainerForPsHandover\":{\"nasContainerLength\":5,",
		  NULL);
	expect_ok(DL, DTM_RR3, "\"dtmHandoverPsRadioResources3\":{\"cellIdentification\":",
		  "\"rlcReset\":false,\"egprsMode2\":{\"bepPeriod2\":1},\"extensionLength\":27,"
		  "\"extensionInformation\":{\"emstNwCapability\":false,\"emsrDownlink\":"
		  "{\"additionalPfcs1\":[{\"tfi\":3,\"pfi\":1}],\"additionalPfcs2\":[],"
		  "\"additionalPfcs3\":[]},\"egprsPacketDownlinkAckNackType3Support\":0}}}", NULL);
	/* reserved codes: the Frequency Parameters choice 00 of 12.42a, the PDCH pairs
	 * configuration 11, the TBF mode 01 of 12.46a */
	expect(DL, "540688645500", "\"error\":{\"offset\":5,\"reason\":\"PS Handover Radio "
	       "Resources 2: Frequency Parameters choice 00 / 11 is reserved\"}", NULL);
	expect(DL, "54068864550a812058", "\"pdchPairConfiguration\":3,"
	       "\"pdchPairConfigurationName\":\"reserved (3)\"}", "\"error\":{\"offset\":8,"
	       "\"reason\":\"PDCH pairs configuration error: 11 is reserved\"}", NULL);
	expect(DL, DTM_HEAD "403c44048d15aaf35294e5e3c239a0", "\"error\":{\"offset\":28,"
	       "\"reason\":\"TBF mode error: only 00 (EGPRS mode 2) is defined\"}", NULL);
	/* truncated inside the Single Uplink Assignment 2 */
	expect(DL, "5406886455354802010d98977843e155a75d53", "\"error\":{\"offset\":19,"
	       "\"reason\":\"truncated: BTTI / RTTI mode has 1 bits, 0 left\"}", NULL);
	robust(DL, PSHO_RR2, 0);
	robust(DL, PSHO_RR2_MULTI, 0);
	robust(DL, PSHO_RR3, 0);
	robust(DL, PSHO_RR3_EMSR, 0);
	robust(DL, DTM_RR2, 1);
	robust(DL, DTM_RR3, 0);
}
END_TEST

/*
 * The bound of the LTE RRC <-> RLC/MAC nesting: a DL-DCCH MobilityFromEUTRACommand (the
 * LTE_PSHO of test_paths: prefix bits, its container's length octet and octets) whose GERAN
 * container is a PS HANDOVER COMMAND to E-UTRAN (010101 00 0 0 00000 00 10, RRC Container
 * length, octets, 0) whose RRC container is again such a DL-DCCH-Message, around LTE_PSHO:
 * three such levels decode to the innermost PS HANDOVER COMMAND; with four, the fourth RRC
 * container (the rlcmac.c nesting bound is 3) stays in hex with an error.
 */
#define NEST3 "1810260a8008b06040942a002241810240a80087060408c2a8781005ffa0ef4a3b9a563bd8e1d4" \
	"27e04280810182028000000000"
#define NEST4 "1810270a8008d06040982a0022c1810250a8008906040902a0021c1810230aa1e04017fe83bd28" \
	"ee6958ef6387509f810a020406080a000000000000"

START_TEST(test_nesting_bound)
{
	expect_ok(LTE, NEST3, "\"dlDcchMessage\":{\"type\":\"DL-DCCH-Message\"",
		  "\"iovUi\":33752069}", NULL);
	expect(LTE, NEST4, "\"error\":{\"offset\":3,\"reason\":\"E-UTRAN RRC containers nested "
	       "more than 3 deep: this one is left in hex\"}", NULL);
	robust(LTE, NEST3, 1);
	robust(LTE, NEST4, 1);
}
END_TEST

START_TEST(test_other_messages)
{
	/* the other downlink messages: type and page mode, the content in hex */
	expect_ok(DL, "1501", "{\"messageType\":5,\"messageTypeName\":"
		  "\"PACKET POWER CONTROL/TIMING ADVANCE\",\"pageMode\":1,\"pageModeName\":"
		  "\"Extended Paging\",\"hex\":\"1501\"}", NULL);
	expect_ok(DL, "cc", "\"messageTypeName\":\"PACKET SYSTEM INFORMATION 3\"", NULL);
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
 * TS 48.018 11.3.95b SI/PSI Container: 02 (one, Type 0: SI) and a SYSTEM INFORMATION TYPE 3 of 21
 * octets (1b | Cell Identity 1234 | LAI 62f220 5678 | Control Channel Description 490000 | Cell
 * Options 01 | Cell Selection Parameters a7c5: hysteresis 101, MS TXPWR MAX CCH 00111, ACS 1, NECI
 * 1, RXLEV-ACCESS-MIN 000101 | RACH Control 000000 | rest octets 2b2b2b2b: tshark's gsm_a_ccch
 * reads the same fields); 03 (one PSI) and a PSI1 of 22 (c4: 110001 | 00).  tshark (bssgp, the
 * container in a PS-HANDOVER-REQUIRED-ACK's Target BSS to Source BSS Transparent Container) shows
 * the same Number of SI/PSI and Type and cuts the list the same way (SI of 21 octets, PSI of 22,
 * for two of each too); it does not decode the messages.
 */
#define SI_ONE_SI "1b123462f220567849000001a7c50000002b2b2b2b"
#define SI_ONE "02 " SI_ONE_SI
#define PSI_ONE "03 c4 000000000000000000000000000000000000000000"
#define PSI1 "c46a62caa72f94d000236ad1234a68f08ad3dd402b2b"
#define PSI2_A "c841807888091a2b55e6f1e9a66f23c1a211e024402b"
#define PSI2_B "c84911926081d350283d5385e0756d002b2b2b2b2b2b"
#define PSI13 "dcac59d4a72f1e11cf802b2b2b2b2b2b2b2b2b2b2b2b"

START_TEST(test_si_psi)
{
	expect_ok(SI_PSI, SI_ONE, "{\"numberOfSiPsi\":1,\"type\":0,\"typeName\":\"SI messages as "
		  "specified for BCCH (TS 44.018)\",\"messages\":[{\"messageType\":27,"
		  "\"messageTypeName\":\"SYSTEM INFORMATION TYPE 3\",\"cellIdentity\":4660,\"lai\":"
		  "{\"mcc\":\"262\",\"mnc\":\"02\",\"lac\":22136},\"cellSelectionParameters\":"
		  "{\"cellReselectHysteresis\":5,\"msTxpwrMaxCch\":7,\"acs\":true,\"neci\":true,"
		  "\"rxlevAccessMin\":5},\"controlChannelDescription\":{\"mscr\":false,\"att\":true,"
		  "\"bsAgBlksRes\":1,\"ccchConf\":1,\"ccchConfName\":\"1 basic physical channel used "
		  "for CCCH, combined with SDCCHs\",\"cbq3\":0,\"bsPaMfrms\":0,"
		  "\"bsPaMfrmsMultiframes\":2,\"t3212\":0},\"cellOptions\":{\"dnInd\":false,"
		  "\"pwrc\":false,\"dtx\":0,\"dtxName\":\"The MSs may use uplink discontinuous "
		  "transmission\",\"radioLinkTimeout\":1},\"rachControlParameters\":{\"maxRetrans\":0,"
		  "\"maxRetransName\":\"Maximum 1 retransmission\",\"txInteger\":0,\"txIntegerName\":"
		  "\"3 slots\",\"cellBarAccess\":false,\"re\":false,\"accessControlClasses\":0,"
		  "\"emergencyCallNotAllowed\":false},\"restOctets\":{\"si2terIndicator\":false,"
		  "\"earlyClassmarkSendingControl\":false,"
		  "\"threeGEarlyClassmarkSendingRestriction\":false},\"octets\":"
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
	/*
	 * The SI contents, each SI in a container of its own (02 | the 21 octets), each checked
	 * with tshark's gsm_a_ccch (behind an L2 pseudo length and 06), which reads the same
	 * values:
	 * SI 1: 19 | Cell Channel Description 00 .. 01 (bit map 0, ARFCN 1) | RACH Control
	 * Parameters e5 04 00 (max retrans 11, Tx-integer 1001, CELL_BAR_ACCESS 0, RE 1, EC) |
	 * rest octets d5 (H, NCH position 10101, H: 1900).
	 */
	expect_ok(SI_PSI, "02 19 00000000000000000000000000000001 e50400 d5",
		  "\"cellChannelDescription\":{\"format\":\"bit map 0\",\"arfcns\":[1],",
		  "\"rachControlParameters\":{\"maxRetrans\":3,\"maxRetransName\":"
		  "\"Maximum 7 retransmissions\",\"txInteger\":9,\"txIntegerName\":\"12 slots\","
		  "\"cellBarAccess\":false,\"re\":true,\"accessControlClasses\":1024,"
		  "\"emergencyCallNotAllowed\":true},\"restOctets\":{\"nchPosition\":21,"
		  "\"bandIndicator\":\"1900\"}", NULL);
	/* SI 2: 1a | Neighbour Cell Description 30 (EXT-IND 1, BA-IND 1) .. 03 | NCC Permitted
	 * a5 | RACH Control Parameters; SI 2bis: 02 | 20 .. 80 | 65 04 00 | 2b */
	expect_ok(SI_PSI, "02 1a 30000000000000000000000000000003 a5 e50400",
		  "\"neighbourCellDescription\":{\"extInd\":true,\"baInd\":1,\"channels\":"
		  "{\"format\":\"bit map 0\",\"arfcns\":[1,2],", "\"nccPermitted\":165,"
		  "\"rachControlParameters\":{\"maxRetrans\":3,", NULL);
	expect_ok(SI_PSI, "02 02 20000000000000000000000000000080 650400 2b",
		  "\"messageTypeName\":\"SYSTEM INFORMATION TYPE 2bis\",\"neighbourCellDescription\":"
		  "{\"extInd\":true,\"baInd\":0,\"channels\":{\"format\":\"bit map 0\",\"arfcns\":[8],",
		  "\"maxRetransName\":\"Maximum 2 retransmissions\",", NULL);
	/* SI 2ter: 03 | Neighbour Cell Description 2 50 (MULTIBAND_REPORTING 10, BA-IND 1) .. 10
	 * | rest octets c9 8b 2b 2b (H, 1, 0, index 010, count 011, 0, 0, 0, L);
	 * SI 2quater: 07 | a4 60 03 2b.. (BA_IND 1, 3G_BA_IND 0, MP_CHANGE_MARK 1, index 0010,
	 * count 0011, the ten { 0 | 1 } absent, L) */
	expect_ok(SI_PSI, "02 03 50000000000000000000000000000010 c98b2b2b",
		  "\"neighbourCellDescription2\":{\"multibandReporting\":2,\"baInd\":1,\"channels\":"
		  "{\"format\":\"bit map 0\",\"arfcns\":[5],", "\"restOctets\":"
		  "{\"si2terMpChangeMark\":1,\"si2ter3gChangeMark\":0,\"si2terIndex\":2,"
		  "\"si2terCount\":3}", NULL);
	expect_ok(SI_PSI, "02 07 a460032b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b",
		  "\"messageTypeName\":\"SYSTEM INFORMATION TYPE 2quater\",\"restOctets\":"
		  "{\"baInd\":1,\"threeGBaInd\":0,\"mpChangeMark\":1,\"si2quaterIndex\":2,"
		  "\"si2quaterCount\":3}", NULL);
	/*
	 * SI 3: 1b | 1234 | 62f220 5678 | Control Channel Description 59 25 1e (MSCR 0, ATT 1,
	 * BS_AG_BLKS_RES 011, CCCH_CONF 001; CBQ3 01, BS_PA_MFRMS 101 (7 multiframes, as tshark
	 * shows it); T3212 30) | Cell Options 5a (PWRC 1, DTX 01, RADIO_LINK_TIMEOUT 1010) | a7c5 |
	 * e5 04 00 | rest octets c5 43 7a 7d (H selection parameters CBQ 1, CELL_RESELECT_OFFSET
	 * 000101, TEMPORARY_OFFSET 010, PENALTY_TIME 00011; L; H SI 2ter; L; H WHERE 101; H GPRS
	 * RA COLOUR 011 SI13 POSITION 1; L; H SI2quater POSITION 0; then the padding's L L).
	 */
	expect_ok(SI_PSI, "02 1b 1234 62f220 5678 59251e 5a a7c5 e50400 c5437a7d",
		  "\"controlChannelDescription\":{\"mscr\":false,\"att\":true,\"bsAgBlksRes\":3,"
		  "\"ccchConf\":1,", "\"cbq3\":1,\"bsPaMfrms\":5,\"bsPaMfrmsMultiframes\":7,"
		  "\"t3212\":30},\"cellOptions\":{\"dnInd\":false,\"pwrc\":true,\"dtx\":1,\"dtxName\":"
		  "\"The MSs shall use uplink discontinuous transmission\",\"radioLinkTimeout\":10},",
		  "\"restOctets\":{\"selectionParameters\":{\"cbq\":1,\"cellReselectOffset\":5,"
		  "\"temporaryOffset\":2,\"penaltyTime\":3},\"si2terIndicator\":true,"
		  "\"earlyClassmarkSendingControl\":false,\"where\":5,\"gprsIndicator\":"
		  "{\"raColour\":3,\"si13Position\":1},\"threeGEarlyClassmarkSendingRestriction\":false,"
		  "\"si2quaterPosition\":0}", NULL);
	/*
	 * SI 3 rest octets past the SI2quater Indicator: 2a 1b (L x 7, H SI2quater POSITION 0, L
	 * (no Iu Indicator), H SI21 POSITION 1): tshark reads the same.  2a 7b (..., H SI2quater
	 * POSITION 0, H Iu Indicator: SI13alt POSITION 1, H SI21 POSITION 1): tshark 4.0.17 reads
	 * one bit only between the SI2quater and SI21 Indicators (the H, as the SI13alt Position)
	 * and so the SI21 Indicator one bit early; this reads { L | H < Iu Indicator > }.
	 */
	expect_ok(SI_PSI, "02 1b 1234 62f220 5678 59251e 5a a7c5 e50400 2a1b2b2b",
		  "\"threeGEarlyClassmarkSendingRestriction\":false,\"si2quaterPosition\":0,"
		  "\"si21Position\":1}", NULL);
	expect_ok(SI_PSI, "02 1b 1234 62f220 5678 59251e 5a a7c5 e50400 2a7b2b2b",
		  "\"si2quaterPosition\":0,\"iuIndicator\":{\"si13altPosition\":1},"
		  "\"si21Position\":1}", NULL);
	/* an RR message that is not System Information (0x2b HANDOVER COMMAND of TS 44.018 Table
	 * 10.4.1) in an SI container: named as not one, its octets kept */
	expect_ok(SI_PSI, "02 2b 1234 62f220 5678 59251e 5a a7c5 e50400 2a7b2b2b",
		  "\"messageType\":43,\"messageTypeName\":\"not a System Information message (43)\"",
		  NULL);
	/*
	 * SI 2ter rest octets with a UTRAN FDD Description (c9 d0 02 83: H, 1, 0, 010, 011, 1 01
	 * FDD-ARFCN 00000000001010, 0, 0, 0, L) and with a 3G MEASUREMENT Parameters Description
	 * (c9 95 9a 2b: ..., 0, 0, 1 Qsearch_I 0101, 1 FDD_Qoffset 0011 FDD_Qmin 010, 0, L): tshark
	 * reads the same.
	 */
	expect_ok(SI_PSI, "02 03 50000000000000000000000000000010 c9d00283",
		  "\"si2terCount\":3,\"utranFddDescription\":{\"fddArfcn\":10}}", NULL);
	expect_ok(SI_PSI, "02 03 50000000000000000000000000000010 c9959a2b",
		  "\"si2terCount\":3,\"threeGMeasurementParametersDescription\":{\"qsearchI\":5,"
		  "\"fddQoffset\":3,\"fddQmin\":2}}", NULL);
	/*
	 * SI 4 rest octets (c5 43 d7 82 46 98 06 bb 2b 2b): H selection parameters (as SI 3's), H
	 * POWER OFFSET 10, H GPRS Indicator 011 1, H SI4 Rest Octets_S: L, H Cell Identity
	 * 0001001000110100, H LSA ID information (1 ShortLSA_ID 0000000011, 0), H CBQ3 01, 1
	 * SI13alt Position 1.  tshark reads the same up to CBQ3, then the SI13alt presence bit one
	 * bit later (and so the position from the padding): the CSN.1 of 10.5.2.35 has { L | H
	 * < CBQ3 : bit (2) > { 0 | 1 < SI13alt Position : bit > } }, which this follows.  And an SI 4
	 * with the CBCH Channel Description (64 20 0f 2a: SDCCH/4 subchannel 0, timeslot 0, ARFCN
	 * 810) and the CBCH Mobile Allocation (72 02 01 05), whose rest octets (23 2b: L, L, L, L,
	 * H) have only the Break Indicator: tshark reads the same.
	 */
	expect_ok(SI_PSI, "02 1c 62f220 5678 a7c5 e50400 c543d782469806bb2b2b",
		  "\"restOctets\":{\"selectionParameters\":{\"cbq\":1,\"cellReselectOffset\":5,"
		  "\"temporaryOffset\":2,\"penaltyTime\":3},\"powerOffset\":2,\"gprsIndicator\":"
		  "{\"raColour\":3,\"si13Position\":1},\"si4RestOctetsS\":{\"cellIdentity\":4660,"
		  "\"lsaIdInformation\":[{\"shortLsaId\":3}],\"cbq3\":1,\"si13altPosition\":1}}", NULL);
	expect_ok(SI_PSI, "02 1c 62f220 5678 a7c5 e50400 64200f2a 72020105 232b",
		  "\"cbchChannelDescription\":{\"channelTypeCode\":4,", "\"arfcn\":810,",
		  "\"cbchMobileAllocation\":{\"cellAllocationPositions\":[1,3,9],",
		  "\"restOctets\":{\"breakIndicator\":true}", NULL);
	/* a CBCH Mobile Allocation longer than the SI */
	expect(SI_PSI, "02 1c 62f220 5678 a7c5 e50400 64200f2a 72090105 232b",
	       "\"error\":{\"offset\":17,\"reason\":\"CBCH Mobile Allocation: length 9, 4 octets left "
	       "in the SI 4\"}", NULL);
	robust(SI_PSI, "02 1c 62f220 5678 a7c5 e50400 64200f2a 72020105 232b", 1);
	robust(SI_PSI, "02 1c 62f220 5678 a7c5 e50400 c543d782469806bb2b2b", 1);
	/* SI 4: 1c | LAI | a7c5 | e5 04 00 | rest octets 2b.. (all L) */
	expect_ok(SI_PSI, "02 1c 62f220 5678 a7c5 e50400 2b2b2b2b2b2b2b2b2b2b",
		  "\"rxlevAccessMin\":5},\"rachControlParameters\":{\"maxRetrans\":3,", NULL);
	/*
	 * SI 13: 00 | rest octets: H | BCCH_CHANGE_MARK 101 | SI_CHANGE_FIELD 0110 | 1
	 * SI13_CHANGE_MARK 01, GPRS Mobile Allocation (HSN 101000, 0, 0 MA_LENGTH 001001, MA_BITMAP
	 * 1011001011) | 0 (no PBCCH): RAC 10110011, SPGC_CCCH_SUP 1, PRIORITY_ACCESS_THR 010, NCO
	 * 10, GPRS Cell Options (NMO 01, 010, 011, 100, 1, 0, 1111, 0, 0), GPRS Power Control
	 * Parameters (0111, 10000, 10001, 1, 1001) | H SGSNR 1 | H SI_STATUS_IND 0 | H 1
	 * LB_MS_TXPWR_MAX_CCH 00111, SI2n_SUPPORT 10 | SI_CHANGE_ALT H | 0 | 1 C1_DELTA_MIN 11
	 * C1_DELTA_MAX 001.  tshark reads the same up to SI_CHANGE_ALT and not the Rel-13
	 * PEO_DSC / C1_DELTA fields.
	 */
	expect_ok(SI_PSI, "02 00 d6b404d96b3a94e5e3c239c4f5cb2b2b2b2b2b2b",
		  "\"messageTypeName\":\"SYSTEM INFORMATION TYPE 13\",\"restOctets\":"
		  "{\"bcchChangeMark\":5,\"siChangeField\":6,\"si13ChangeMark\":1,"
		  "\"gprsMobileAllocation\":{\"hsn\":40,\"maLength\":9,\"maBitmap\":\"1011001011\"},"
		  "\"rac\":179,\"spgcCcchSup\":1,\"priorityAccessThr\":2,\"networkControlOrder\":2,"
		  "\"networkControlOrderName\":\"NC2\",\"gprsCellOptions\":{\"nmo\":1,",
		  "\"gprsPowerControlParameters\":{\"alpha\":7,\"tAvgW\":16,\"tAvgT\":17,"
		  "\"pcMeasChan\":1,\"nAvgI\":9},\"sgsnr\":1,\"siStatusInd\":0,\"lbMsTxpwrMaxCch\":7,"
		  "\"si2nSupport\":2,\"siChangeAlt\":true,\"c1DeltaMin\":3,\"c1DeltaMax\":1}", NULL);
	/*
	 * PSI13 (TS 44.060 11.2.25), in a container (03) and as a downlink message: 110111 | 00 |
	 * 101 | 0110 | 0 | 0 RAC 10110011, 1, 010, 10, GPRS Cell Options, GPRS Power Control
	 * Parameters as in the SI 13 above | 1 SGSNR 1 | 1 SI_STATUS_IND 1 | 0 | spare padding.
	 * tshark's gsm_rlcmac_dl reads the same.
	 */
	expect_ok(SI_PSI, "03 " PSI13, "\"messageTypeName\":\"PACKET SYSTEM INFORMATION 13\","
		  "\"pageMode\":0,\"pageModeName\":\"Normal Paging\",\"bcchChangeMark\":5,"
		  "\"siChangeField\":6,\"rac\":179,", "\"sgsnr\":1,\"siStatusInd\":1,\"octets\":", NULL);
	expect_ok(DL, PSI13, "\"nAvgI\":9},\"sgsnr\":1,\"siStatusInd\":1,\"hex\":", NULL);
	/* an SI 3 whose rest octets end early: bits L assumed, not an error */
	robust(SI_PSI, "02 1b 1234 62f220 5678 59251e 5a a7c5 e50400 c5437a7d", 1);
	robust(SI_PSI, "02 00 d6b404d96b3a94e5e3c239c4f5cb2b2b2b2b2b2b", 1);
	robust(SI_PSI, "02 19 00000000000000000000000000000001 e50400 d5", 1);
	robust(SI_PSI, "02 03 50000000000000000000000000000010 c98b2b2b", 1);
	robust(DL, PSI13, 0);
	/*
	 * PSI1 (TS 44.060 11.2.18): 110001 | 00 | PBCCH_CHANGE_MARK 011 | PSI_CHANGE_FIELD 0101 |
	 * PSI1_REPEAT_PERIOD 0011 | PSI_COUNT_LR 000101 | 1 PSI_COUNT_HR 0010 | MEASUREMENT_ORDER 1
	 * | GPRS Cell Options (01, 010, 011, 100, 1, 0, 1111, 1 PAN 001 010 011, 0) | PRACH Control
	 * Parameters (ACC_CONTR_CLASS 1000000000000001, MAX_RETRANS 00 01 10 11, S 0101, TX_INT
	 * 0110, 1 PERSISTENCE_LEVEL 0001 0010 0011 0100) | PCCCH Organization Parameters (1, 01,
	 * 0011, 0100) | Global Power Control Parameters (0111, 10000, 10001, Pb 0101, 1, 0, 1001) |
	 * PSI_STATUS_IND 1 | 1 MSCR 1 SGSNR 0 BAND_INDICATOR 1 | 1 (Rel-6) 1 LB_MS_TXPWR_MAX_CCH
	 * 01010 | 0 | spare padding.  tshark's gsm_rlcmac_dl reads the same up to BAND_INDICATOR;
	 * it reads LB_MS_TXPWR_MAX_CCH as a mandatory bit (5) (21 from 10101), where the CSN.1
	 * of 11.2.18 has { 0 | 1 < LB_MS_TXPWR_MAX_CCH : bit (5) > }: this follows the standard.
	 */
	expect_ok(DL, PSI1, "\"messageTypeName\":\"PACKET SYSTEM INFORMATION 1\",\"pageMode\":0,"
		  "\"pageModeName\":\"Normal Paging\",\"pbcchChangeMark\":3,\"psiChangeField\":5,"
		  "\"psi1RepeatPeriod\":3,\"psiCountLr\":5,\"psiCountHr\":2,\"measurementOrder\":1,"
		  "\"gprsCellOptions\":{\"nmo\":1,", "\"panDec\":1,\"panInc\":2,\"panMax\":3},"
		  "\"prachControlParameters\":{\"accContrClass\":32769,\"maxRetrans\":[0,1,2,3],"
		  "\"s\":5,\"txInt\":6,\"persistenceLevel\":[1,2,3,4]},\"pccchOrganizationParameters\":"
		  "{\"bsPccRel\":1,\"bsPbcchBlks\":1,\"bsPagBlksRes\":3,\"bsPrachBlks\":4},"
		  "\"globalPowerControlParameters\":{\"alpha\":7,\"tAvgW\":16,\"tAvgT\":17,\"pb\":5,"
		  "\"pcMeasChan\":1,\"nAvgI\":9},\"psiStatusInd\":1,\"mscr\":1,\"sgsnr\":0,"
		  "\"bandIndicator\":1,\"lbMsTxpwrMaxCch\":10,\"hex\":", NULL);
	expect_ok(SI_PSI, "03 " PSI1, "\"messageTypeName\":\"PACKET SYSTEM INFORMATION 1\",",
		  "\"lbMsTxpwrMaxCch\":10,\"octets\":", NULL);
	/* the Global Power Control Parameters' bit after PC_MEAS_CHAN set ("shall not be used") */
	expect(DL, "c46a62caa72f94d000236ad1234a68f08af300", "\"pcMeasChan\":1},\"hex\":",
	       "\"error\":{\"offset\":17,\"reason\":\"Global Power Control Parameters: the bit "
	       "after PC_MEAS_CHAN is 0 (1 \\\"shall not be used\\\")\"}", NULL);
	robust(DL, PSI1, 0);
	/*
	 * PSI2 (TS 44.060 11.2.19) in two instances.  The first: 110010 | 00 | PSI2_CHANGE_MARK 01
	 * | PSI2_INDEX 000 | PSI2_COUNT 001 | 1 Cell Identification (LAI 00 f1 10 12 34, RAC 56, CI
	 * ab cd) | 1 Non GPRS Cell Options (ATT 1, 1 T3212 00011110, NECI 1, PWRC 0, DTX 01,
	 * RADIO-LINK-TIMEOUT 1010, BS-AG-BLKS-RES 011, CCCH-CONF 001, BS-PA-MFRMS 101, MAX-RETRANS
	 * 11, TX-INTEGER 1001, EC 0, MS-TXPWR-MAX-CCCH 00111, 1 Extension Length 000001: ECSC 1,
	 * 3G ECSR 0) | 1 Reference Frequency (RFL_NUMBER 0001, length 0000, 8f 01 22), 0 | 0 | 0 |
	 * 0 | 0.  The second: ... PSI2_INDEX 001 ... | 0 | 0 | 0 | Cell Allocation 1 0001, 1 0010,
	 * 0 | 1 GPRS Mobile Allocations (MA_NUMBER 0011, HSN 000001, 0, 0 MA_LENGTH 000011
	 * MA_BITMAP 1010), 0 | 1 PCCCH Description (TSC 101, 0 non-hopping: 1 ARFCN 0000001010
	 * TIMESLOT_ALLOCATION 00001111, 0), 1 (TSC 010, 1 MA_NUMBER 0011: 1 MAIO 000010
	 * TIMESLOT_ALLOCATION 11110000, 0), 0 | 1 Rel-99: 1 COMPACT (Large Cell Operation 1, 0, 1
	 * N_CCCH_NH 0101), 1 Additional PSI Messages (01, 1, 0, 1) | 0.  tshark's gsm_rlcmac_dl
	 * reads the same, but for the Rel-99 additions, which it does not read.
	 */
	expect_ok(DL, PSI2_A, "\"messageTypeName\":\"PACKET SYSTEM INFORMATION 2\",\"pageMode\":0,"
		  "\"pageModeName\":\"Normal Paging\",\"psi2ChangeMark\":1,\"psi2Index\":0,"
		  "\"psi2Count\":1,\"cellIdentification\":{\"mcc\":\"001\",\"mnc\":\"01\",\"lac\":4660,"
		  "\"rac\":86,\"ci\":43981},\"nonGprsCellOptions\":{\"att\":1,\"t3212\":30,\"neci\":1,"
		  "\"pwrc\":0,\"dtx\":1,\"radioLinkTimeout\":10,\"bsAgBlksRes\":3,\"ccchConf\":1,"
		  "\"bsPaMfrms\":5,\"maxRetrans\":3,\"maxRetransName\":\"Maximum 7 retransmissions\","
		  "\"txInteger\":9,\"txIntegerName\":\"12 slots\",\"ec\":0,\"msTxpwrMaxCcch\":7,"
		  "\"extensionLength\":1,\"extensionInformation\":{\"ecsc\":1,\"threeGEcsr\":0}},"
		  "\"referenceFrequencyLists\":[{\"rflNumber\":1,\"lengthOfRflContents\":0,"
		  "\"rflContents\":\"8f0122\"}],\"cellAllocation\":[],\"gprsMobileAllocations\":[],"
		  "\"pccchDescriptions\":[],\"hex\":", NULL);
	expect_ok(SI_PSI, "05 " PSI2_A PSI2_B, "\"psi2Index\":0,", "\"psi2Index\":1,"
		  "\"psi2Count\":1,\"referenceFrequencyLists\":[],\"cellAllocation\":[1,2],"
		  "\"gprsMobileAllocations\":[{\"maNumber\":3,\"gprsMobileAllocation\":{\"hsn\":1,"
		  "\"maLength\":3,\"maBitmap\":\"1010\"}}],\"pccchDescriptions\":[{\"tsc\":5,"
		  "\"nonHoppingPccchCarriers\":"
		  "[{\"arfcn\":10,\"timeslotAllocation\":15}]},{\"tsc\":2,\"maNumber\":3,"
		  "\"hoppingPccchCarriers\":[{\"maio\":2,\"timeslotAllocation\":240}]}],"
		  "\"compactControlInfo\":{\"largeCellOperation\":1,\"nCcchNh\":5},"
		  "\"additionalPsiMessages\":{\"nonGsmInformation\":1,\"psi8Broadcast\":1,"
		  "\"psi3terBroadcast\":0,\"psi3quaterBroadcast\":1},\"octets\":", NULL);
	robust(DL, PSI2_A, 0);
	robust(DL, PSI2_B, 0);
	/* a PSI13 whose PBCCH choice is 1 (present, "shall never be indicated"): PSI1_REPEAT_
	 * PERIOD 0011, PBCCH Description Pb 0001 TSC 010 TN 011, 10 ARFCN 0000000101, 0 */
	expect_ok(DL, "dcac98a700a0", "\"psi1RepeatPeriod\":3,\"pbcchDescription\":{\"pb\":1,"
		  "\"tsc\":2,\"tn\":3,\"arfcn\":5}", NULL);
	robust(SI_PSI, SI_ONE, 1);
	robust(SI_PSI, PSI_ONE, 1);
}
END_TEST

/*
 * SI 2quater rest octets (TS 44.018 10.5.2.33b), each in a container of its own (02 | 07 | the 20
 * rest octets), each dissected with tshark's gsm_a_ccch (behind 59 06), which reads the same
 * values unless said otherwise.
 */
START_TEST(test_si2quater)
{
	/*
	 * The E-UTRAN part: BA_IND 0, 3G_BA_IND 0, MP_CHANGE_MARK 1, index 0000, count 0000, the ten
	 * { 0 | 1 } absent | H Rel-5: 0, 0 | H Rel-6: 3G_CCN_ACTIVE 1 | H Rel-7: 0, 0 | H Rel-8: 1
	 * Priority and E-UTRAN Parameters Description: 1 Serving Cell Priority (GERAN_PRIORITY 011,
	 * THRESH_Priority_Search 0110, THRESH_GSM_low 0101, H_PRIO 01, T_Reselection 10), 0 (no 3G
	 * priority), 1 E-UTRAN Parameters Description: E-UTRAN_CCN_ACTIVE 1, E-UTRAN_Start 1,
	 * E-UTRAN_Stop 1, 1 E-UTRAN Measurement Parameters (Qsearch_C_E-UTRAN 1010, REP_QUANT 0,
	 * MULTIRAT_REPORTING 01, 0 (3-bit reporting): 1 FDD threshold 011, 1 threshold 2 000101,
	 * 0 (no offset), 0 (no TDD)), 0 (no GPRS E-UTRAN measurement parameters), 1 neighbour
	 * cells (1 EARFCN 1300 1 Measurement Bandwidth 011, 1 EARFCN 6400 0, 0, 1 E-UTRAN_PRIORITY
	 * 101, THRESH_E-UTRAN_high 01100, 1 THRESH_E-UTRAN_low 00110, 0), 0, 1 not allowed cells
	 * (PCID group: 1 PCID 10, 0, 0, 0; 1 E-UTRAN_FREQUENCY_INDEX 000, 0), 0, 0 (no PCID to TA
	 * mapping) | 0, 0 (no CSG descriptions) | L Rel-9.
	 */
	expect_ok(SI_PSI, "02 07 200004c76cacfd15c51828a5c6400d64c60a100b",
		  "\"restOctets\":{\"baInd\":0,\"threeGBaInd\":0,\"mpChangeMark\":1,"
		  "\"si2quaterIndex\":0,\"si2quaterCount\":0,\"threeGCcnActive\":1,"
		  "\"priorityAndEutranParametersDescription\":{"
		  "\"servingCellPriorityParametersDescription\":{\"geranPriority\":3,"
		  "\"threshPrioritySearch\":6,\"threshGsmLow\":5,\"hPrio\":1,\"tReselection\":2},"
		  "\"eutranParametersDescription\":{\"eutranCcnActive\":1,\"eutranStart\":1,"
		  "\"eutranStop\":1,\"eutranMeasurementParametersDescription\":{\"qsearchCEutran\":10,"
		  "\"eutranRepQuant\":0,\"eutranMultiratReporting\":1,"
		  "\"eutranFddReportingThreshold\":3,\"eutranFddReportingThreshold2\":5},"
		  "\"eutranNeighbourCells\":[{\"earfcns\":[{\"earfcn\":1300,\"measurementBandwidth\":3,"
		  "\"measurementBandwidthName\":\"NRB = 50\"},{\"earfcn\":6400}],\"eutranPriority\":5,"
		  "\"threshEutranHigh\":12,\"threshEutranLow\":6}],\"eutranNotAllowedCells\":"
		  "[{\"notAllowedCells\":{\"pcid\":[10]},\"eutranFrequencyIndex\":[0]}],"
		  "\"eutranPcidToTaMapping\":[]}}}", NULL);
	/*
	 * 3G priorities and the 6-bit E-UTRAN reporting: ... | H Rel-8: 1: 0, 1 3G Priority
	 * Parameters (UTRAN_Start 1, UTRAN_Stop 0, 1 DEFAULT_UTRAN_PRIORITY 011 THRESH 01010
	 * QRXLEVMIN 00101, 1 (1 UTRAN_FREQUENCY_INDEX 00001, 1 00010, 0, 1 UTRAN_PRIORITY 011,
	 * THRESH_UTRAN_high 01100, 0, 0), 0), 1 E-UTRAN (0, 0, 0, 1 measurement parameters 0001 1
	 * 10, 1 (6-bit): 1 FDD_MEASUREMENT_REPORT_OFFSET 000011 0 1 FDD_REPORTING_OFFSET 000, 1 TDD
	 * 101000 0 1 110, REPORTING_GRANULARITY 1; 0, 0, 0, 1 PCID to TA mapping: 1 (PCID group 0,
	 * 1 PCID_BITMAP_GROUP 000011, 1 PCID_Pattern_length 010 PCID_Pattern 101 sense 0, 0), 0,
	 * 1 E-UTRAN_FREQUENCY_INDEX 001, 0; 0) | 0, 0 | L.  tshark reads the same up to the PCID
	 * group, then no E-UTRAN_FREQUENCY_INDEX list after the groups of a Repeated E-UTRAN PCID
	 * to TA mapping (it reads the 1 of 001 as another mapping): 10.5.2.33b has { 1 < PCID to
	 * TA mapping : < PCID Group IE > > } ** 0 { 1 < E-UTRAN_FREQUENCY_INDEX : bit (3) > } ** 0,
	 * which this follows.
	 */
	expect_ok(SI_PSI, "02 07 20000486d6a2e1896c111d868d0e8d0ea8902b2b",
		  "\"threeGPriorityParametersDescription\":{\"utranStart\":1,\"utranStop\":0,"
		  "\"defaultUtranPriority\":3,\"defaultThreshUtran\":10,\"defaultUtranQrxlevmin\":5,"
		  "\"utranPriorityParameters\":[{\"utranFrequencyIndex\":[1,2],\"utranPriority\":3,"
		  "\"threshUtranHigh\":12}]}", "\"eutranMeasurementParametersDescription\":"
		  "{\"qsearchCEutran\":1,\"eutranRepQuant\":1,\"eutranMultiratReporting\":2,"
		  "\"eutranFddMeasurementReportOffset\":3,\"eutranFddReportingOffset\":0,"
		  "\"eutranTddMeasurementReportOffset\":40,\"eutranTddReportingOffset\":6,"
		  "\"reportingGranularity\":1}", "\"eutranPcidToTaMapping\":[{\"pcidToTaMapping\":"
		  "[{\"pcidGroup\":{\"pcidBitmapGroup\":3,\"patterns\":[{\"patternLength\":2,"
		  "\"pattern\":\"101\",\"patternSense\":0}]}}],\"eutranFrequencyIndex\":[1]}]", NULL);
	/*
	 * The Rel-5 to Rel-8 additions: ... | H Rel-5: 1 FDD_Qmin_Offset 011 FDD_RSCPmin 0101, 1 1
	 * FDD_REPORTING_THRESHOLD_2 000111 | H Rel-6: 3G_CCN_ACTIVE 0 | H Rel-7: 1 700 offset 010
	 * threshold 011, 0 | H Rel-8: 1: 0, 0, 1 E-UTRAN (1, 1, 0, 0, 1 GPRS E-UTRAN Measurement
	 * Parameters: Qsearch_P_E-UTRAN 0101, REP_QUANT 1, MULTIRAT 10, 0 (no FDD), 1 TDD threshold
	 * 010 1 threshold 2 000100 1 offset 011; 0, 0, 0) | 0, 0 | L.
	 */
	expect_ok(SI_PSI, "02 07 200006d71cd3672b9512c12b2b2b2b2b2b2b2b2b",
		  "\"threeGAdditionalMeasurementParametersDescription\":{\"fddQminOffset\":3,"
		  "\"fddRscpmin\":5},\"threeGAdditionalMeasurementParametersDescription2\":"
		  "{\"fddReportingThreshold2\":7},\"threeGCcnActive\":0,\"reportingOffset700\":2,"
		  "\"reportingThreshold700\":3,", "\"gprsEutranMeasurementParametersDescription\":"
		  "{\"qsearchPEutran\":5,\"eutranRepQuant\":1,\"eutranMultiratReporting\":2,"
		  "\"eutranTddReportingThreshold\":2,\"eutranTddReportingThreshold2\":4,"
		  "\"eutranTddReportingOffset\":3}", NULL);
	robust(SI_PSI, "02 07 200006d71cd3672b9512c12b2b2b2b2b2b2b2b2b", 1);
	/*
	 * The GSM part: 000 0000 0000 | 1 Measurement Parameters (REPORT_TYPE 1,
	 * SERVING_BAND_REPORTING 10) | 1 RTD: 1 RTD6 (1 BA_Index_Start_RTD 00011, 0 000101 0
	 * 000110 1, 0 (another frequency) 0 001000 1, 1), 0 | 1 BSIC: 0, BSIC 010101, remaining
	 * 0000010, (0 000001), (1 000010) | 1 REPORT PRIORITY: 0000011 101 | 1 GPRS MEASUREMENT
	 * Parameters: 0 1 0, 1 MULTIBAND 01, 0, SCALE_ORD 10, 1 900 001 010, 0, 0, 0, 1 850 011 100
	 * | 1 NC: NCO 10, 1 010 011 100 | 1 SI2q Extension: length 00001010, 1 CCN Support
	 * Description 0000011 101 | 0 | 0 | 0 | L.
	 */
	expect_ok(SI_PSI, "02 07 001dc61434234a82030a0ed55285cd4e42a0e82b",
		  "\"measurementParametersDescription\":{\"reportType\":1,\"servingBandReporting\":2},"
		  "\"gprsRealTimeDifferenceDescription\":{\"rtd6\":{\"baIndexStartRtd\":3,\"rtd\":"
		  "[[5,6],[8]]}},\"gprsBsicDescription\":{\"bsic\":21,\"numberRemainingBsic\":2,"
		  "\"remainingBsic\":[{\"frequencyScrolling\":0,\"bsic\":1},{\"frequencyScrolling\":1,"
		  "\"bsic\":2}]},\"gprsReportPriorityDescription\":{\"numberCells\":3,"
		  "\"repPriority\":\"101\"},\"gprsMeasurementParametersDescription\":{\"reportType\":0,"
		  "\"reportingRate\":1,\"invalidBsicReporting\":0,\"multibandReporting\":1,"
		  "\"scaleOrd\":2,\"reportingOffset900\":1,\"reportingThreshold900\":2,"
		  "\"reportingOffset850\":3,\"reportingThreshold850\":4},\"ncMeasurementParameters\":"
		  "{\"networkControlOrder\":2,\"networkControlOrderName\":\"NC2\",\"ncNonDrxPeriod\":2,"
		  "\"ncReportingPeriodI\":3,\"ncReportingPeriodT\":4},\"si2qExtensionInformation\":"
		  "{\"extensionLength\":10,\"ccnSupportDescription\":{\"numberCells\":3,"
		  "\"ccnSupported\":\"101\"}}}", NULL);
	/*
	 * UTRAN FDD neighbour cells: 110 0001 0001 | 0 x 7 | 1 3G Neighbour Cell Description: 0, 0,
	 * 1 FDD: 0 (no Bandwidth_FDD), 1 0 FDD-ARFCN 10612 FDD_Indic0 1 NR_OF_FDD_CELLS 00011 and
	 * p(3) = 28 bits: W(1) 100 (10 bits), W(2) 50, W(3) 20 (9 bits each), 0; 0 (no TDD) | 1 3G
	 * Measurement Parameters (Qsearch_I 0101, Qsearch_C_Initial 1, 1 FDD_Qoffset 0011
	 * FDD_REP_QUANT 1 FDD_MULTIRAT_REPORTING 01 FDD_Qmin 010, 0) | 0 | L.  The range 1024
	 * decoding of Annex J gives 100, 50 + ... = 661 (diversity 1, scrambling code 149) and 120,
	 * with 0 from FDD_Indic0: tshark shows the same four cells.
	 */
	expect_ok(SI_PSI, "02 07 c2202552e918c8320a15cea32b2b2b2b2b2b2b2b",
		  "\"threeGNeighbourCellDescription\":{\"utranFddDescription\":{\"neighbourCells\":"
		  "[{\"fddArfcn\":10612,\"fddIndic0\":1,\"nrOfFddCells\":3,\"w\":[100,50,20],\"cells\":"
		  "[{\"scramblingCode\":0,\"diversity\":0},{\"scramblingCode\":100,\"diversity\":0},"
		  "{\"scramblingCode\":149,\"diversity\":1},{\"scramblingCode\":120,\"diversity\":0}]}]}},"
		  "\"threeGMeasurementParametersDescription\":{\"qsearchI\":5,\"qsearchCInitial\":1,"
		  "\"fddQoffset\":3,\"fddRepQuant\":1,\"fddMultiratReporting\":1,\"fddQmin\":2}}", NULL);
	/* UTRAN TDD: ..., 0 (no FDD), 1 TDD: 0, 1 0 TDD-ARFCN 15 TDD_Indic0 0 NR_OF_TDD_CELLS 00010
	 * and q(2) = 17 bits: W(1) 50 (9 bits), W(2) 20 (8 bits), 0 | 0 | 0 | L: the range 512
	 * decoding gives 50 and 325 (Diversity 1, Sync Case 0, Cell Parameter 69), as tshark */
	expect_ok(SI_PSI, "02 07 c22022800f0864282b2b2b2b2b2b2b2b2b2b2b2b",
		  "\"utranTddDescription\":{\"neighbourCells\":[{\"tddArfcn\":15,\"tddIndic0\":0,"
		  "\"nrOfTddCells\":2,\"w\":[50,20],\"cells\":[{\"cellParameter\":50,\"syncCase\":0,"
		  "\"diversity\":0},{\"cellParameter\":69,\"syncCase\":0,\"diversity\":1}]}]}", NULL);
	/*
	 * CSG descriptions: ... | H Rel-8: 0, 1 3G CSG Description (1 PSC group 0 0, 1
	 * UTRAN_FREQUENCY_INDEX 00011 0; 0; 1 FDD (0) UARFCN 10, 0), 1 E-UTRAN CSG Description (1
	 * PCID group 0 0 0, 1 E-UTRAN_FREQUENCY_INDEX 010 0; 0; 1 EARFCN 100, 0) | L.  tshark 4.0.17
	 * reads the repeat bit of CSG_PSC_SPLIT as the first PSC's presence bit as well (it shows
	 * the one bit twice) and goes astray: this follows the CSN.1 as tshark's names give it.
	 */
	expect_ok(SI_PSI, "02 07 200004859190014c5100642b2b2b2b2b2b2b2b2b",
		  "\"threeGCsgDescription\":[{\"csgPscSplit\":{},\"utranFrequencyIndex\":[3]}],"
		  "\"csgUarfcns\":[{\"technology\":\"FDD\",\"uarfcn\":10}],\"eutranCsgDescription\":"
		  "[{\"csgPciSplit\":{},\"eutranFrequencyIndex\":[2]}],\"csgEarfcns\":[{\"earfcn\":100}]",
		  NULL);
	/*
	 * The Rel-9 to Rel-11 additions (TS 44.018 v13.8.0 10.5.2.33b; the Enhanced Cell Reselection
	 * Parameters IE of TS 44.060 12.59): 001 0000 0000 | 0 x 10 | H Rel-5: 0, 0 | H Rel-6: 0 | H
	 * Rel-7: 0, 0 | H Rel-8: 0, 0, 0 | H Rel-9: 1 Enhanced Cell Reselection Parameters (1 {1
	 * E-UTRAN_FREQUENCY_INDEX 001, 1 011, 0, 0 (RSRP) E-UTRAN_Qmin 0101}, 1 {0, 1 (RSRQ)
	 * THRESH_E-UTRAN_high_Q 01010, 1 THRESH_E-UTRAN_low_Q 00011, 0, 1 E-UTRAN_RSRPmin 10001}, 0),
	 * 1 CSG Cells Reporting Description (1 UTRAN: 1 FDD threshold 010 threshold 2 001100, 1 TDD
	 * threshold 101; 1 E-UTRAN: 0, 1 TDD threshold 011 threshold 2 100000) | H Rel-10: 1
	 * INIT_PWR_RED 1, NC2_CSG_PCCN_permitted 0 | H Rel-11: 1 Extended EARFCNs (1 EARFCN_extended
	 * 70000, 0), 1 for CSG cells (1 131072, 0) | padding.  tshark 4.0.17's gsm_a_ccch reads up to
	 * the Rel-8 additions and shows the rest as "Padding Bits: Unknown extension detected":
	 * checked against the CSN.1 alone.
	 */
	expect_ok(SI_PSI, "02 07 2000048479b16aa362e8cdae06e88b8380000b2b",
		  "\"threeGCcnActive\":0,\"enhancedCellReselectionParametersDescription\":"
		  "{\"eutranEnhancedCellReselectionParameters\":[{\"eutranFrequencyIndex\":[1,3],"
		  "\"reselectionBasedOn\":\"RSRP\",\"eutranQmin\":5},{\"reselectionBasedOn\":\"RSRQ\","
		  "\"threshEutranHighQ\":10,\"threshEutranLowQ\":3,\"eutranRsrpmin\":17}]},"
		  "\"csgCellsReportingDescription\":{\"utranCsgCellsReportingDescription\":"
		  "{\"utranCsgFddReportingThreshold\":2,\"utranCsgFddReportingThreshold2\":12,"
		  "\"utranCsgTddReportingThreshold\":5},\"eutranCsgCellsReportingDescription\":"
		  "{\"eutranCsgTddReportingThreshold\":3,\"eutranCsgTddReportingThreshold2\":32}},"
		  "\"initPwrRed\":1,\"nc2CsgPccnPermitted\":0,\"extendedEarfcnsDescription\":[70000],"
		  "\"extendedEarfcnsDescriptionForCsgCells\":[131072]}", NULL);
	/* the Rel-11 group after an L for Rel-10 (the CSN.1 closes the Rel-10 group before the
	 * Rel-11 one opens): ... | H Rel-6: 1 | ... | H Rel-9: 0, 0 | L Rel-10 | H Rel-11: 0, 1
	 * (1 EARFCN_extended 262143, 0) | padding */
	expect_ok(SI_PSI, "02 07 200004c44dffffeb2b2b2b2b2b2b2b2b2b2b2b2b",
		  "\"threeGCcnActive\":1,\"extendedEarfcnsDescriptionForCsgCells\":[262143]}", NULL);
	/* a list of extended EARFCNs that runs past the 20 rest octets (... | H Rel-10: 0,
	 * NC2_CSG_PCCN_permitted 1 | H Rel-11: 1 (1 65536, ..., 1 65541, 1 and 4 bits of the
	 * next): the six whole values; the rest octets end there without error, as 8.9 allows */
	expect_ok(SI_PSI, "02 07 200004c442d0000a00034000a8001d0004a000b4",
		  "\"nc2CsgPccnPermitted\":1,\"extendedEarfcnsDescription\":[65536,65537,65538,"
		  "65539,65540,65541]}", NULL);
	robust(SI_PSI, "02 07 2000048479b16aa362e8cdae06e88b8380000b2b", 1);
	robust(SI_PSI, "02 07 200004c44dffffeb2b2b2b2b2b2b2b2b2b2b2b2b", 1);
	robust(SI_PSI, "02 07 200004c442d0000a00034000a8001d0004a000b4", 1);
	/* malformed: the FDD-ARFCN-INDEX choice of an earlier version (1 1: 10.5.2.33b has only
	 * 0 < FDD-ARFCN >), an SI2q Extension Information longer than the message (the offsets
	 * count from the first rest octet, as for the other SI rest octets) */
	expect(SI_PSI, "02 07 c22025802b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b",
	       "\"error\":{\"offset\":3,\"reason\":\"UTRAN neighbour cells: the xDD-ARFCN-INDEX choice "
	       "(1) is not defined\"}", NULL);
	expect(SI_PSI, "02 07 00007fcb2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b",
	       "\"si2qExtensionInformation\":{\"extensionLength\":255}",
	       "\"error\":{\"offset\":3,\"reason\":\"truncated: the SI2q Extension Information has "
	       "256 bits, 134 left\"}", NULL);
	robust(SI_PSI, "02 07 200004c76cacfd15c51828a5c6400d64c60a100b", 1);
	robust(SI_PSI, "02 07 c2202552e918c8320a15cea32b2b2b2b2b2b2b2b", 1);
	robust(SI_PSI, "02 07 001dc61434234a82030a0ed55285cd4e42a0e82b", 1);
	robust(SI_PSI, "02 07 20000486d6a2e1896c111d868d0e8d0ea8902b2b", 1);
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
	tcase_add_test(tc, test_radio_resources_2_3);
	tcase_add_test(tc, test_nesting_bound);
	tcase_add_test(tc, test_other_messages);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_si_psi);
	tcase_add_test(tc, test_si2quater);
	tcase_add_test(tc, test_paths);
	suite_add_tcase(s, tc);
	return s;
}
