import assert from "node:assert/strict";
import { test } from "node:test";
import { devWallet } from "./devWallet.ts";

test("devWallet is anvil's dev account of that index, on the local chain", () => {
  const first = devWallet("http://127.0.0.1:8545", 0);
  assert.equal(first.account.address, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  assert.equal(first.chain.id, 31337);
  assert.equal(
    devWallet("http://127.0.0.1:8545", 5).account.address,
    "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  );
});
