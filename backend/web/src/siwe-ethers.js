// siwe-ethers.js stands in for the "ethers" package where siwe imports it.
// siwe reaches ethers only to verify signatures (ethers.verifyMessage,
// hashMessage, getAddress) and to ask contract wallets (Contract, EIP-1271);
// the page composes messages and the server verifies them. Importing just
// these functions keeps the rest of ethers (providers, JSON wallets, ENS
// normalisation, ...) out of the bundle. build.mjs resolves siwe's "ethers"
// here.
import { getAddress } from "ethers/address";
import { hashMessage, verifyMessage } from "ethers/hash";

export const ethers = { getAddress, hashMessage, verifyMessage };

/** Contract is not available in the page: verification is the server's. */
export class Contract {
  constructor() {
    throw new Error("contract wallet verification is not available in the page");
  }
}
