#ifndef TK_BSSAP_H
#define TK_BSSAP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/* TS 48.006 BSSAP (BSSMAP or DTAP) as MAP AN-APDU signalInfo carries it */
void tk_emit_bssap(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * The value part of one TS 48.008 BSSMAP information element of identifier iei (after
 * identifier and length): one object with the decoded fields, "hex" and "error".  An IEI
 * without a decoder gives the hex and an error saying so.  For the TS 29.002 OCTET STRINGs
 * "coded as the X information element of 48.008": ChosenChannelInfo (0x21),
 * ChosenSpeechVersion (0x40), SelectedGSM-Algorithm (0x2c), BSSMAP-ServiceHandover (0x50),
 * RadioResourceInformation and ChannelType (0x0b), HandoverPriority (0x06), AoIPCodec (0x7e),
 * GERAN-Classmark (0x53), LCLS-GlobalCallReference (0x89), LSAIdentity (0x3b).  For the
 * TS 25.413 OCTET STRINGs holding a TS 48.008 IE's value (ranap.c): OldBSS-ToNewBSS-Information
 * (0x3a), NewBSS-To-OldBSS-Information (0x61), GERAN-Classmark (0x53), GERAN-BSC-Container (0x54).
 */
void tk_emit_bssmap_ie(struct tk_emitter *e, uint8_t iei, const uint8_t *p, size_t n);

/* a whole IE with identifier and length (TS 29.002 CODEC-Info: a Channel Type IE):
 * "iei", "name", "decoded" (as tk_emit_bssmap_ie) */
void tk_emit_bssmap_tlv(struct tk_emitter *e, const uint8_t *p, size_t n);

/* the TS 48.008 permitted algorithms octet of Encryption Information (TS 29.002
 * CipheringAlgorithm, AllowedGSM-Algorithms): "permittedAlgorithms": [names] */
void tk_emit_bssmap_permitted_algorithms(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 29.002 (phase 2) ClassmarkInfo: Classmark Information Type 1 (1 octet) or Type 2
 * contents (MS Classmark 2 under "msClassmark2") */
void tk_emit_bssmap_classmark_info(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 29.002 LSAAttributes (TS 48.008 LSA Information attributes octet):
 * "activeModeSupport", "preferentialAccess", "priority" (1 lowest .. 16) */
void tk_emit_lsa_attributes(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 29.002 Codec: TS 26.103 codec type ("codecType", "codec") and, for the AMR types,
 * "activeCodecSet" / "supportedCodecSet" (modes in kbit/s) */
void tk_emit_codec_26103(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
