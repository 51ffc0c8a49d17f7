import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

// every case compares with a fixed day, never the real date
const today = [{ today: "2026-12-05" }];
const on = (code: string, name?: string) => ({ code, options: today, ...(name ? { name } : {}) });

testRule("base-image-eol", {
  valid: [
    on("FROM python:3.13-slim\n"),
    on("FROM python:3\n", "a bare major moves with its publisher"),
    on("FROM python:3-slim-bookworm\n", "Debian 12 is supported"),
    on("FROM node:lts-alpine\n", "node:lts names no line"),
    on("FROM debian:stable-slim\n"),
    on("FROM ubuntu:24.04\n"),
    on("FROM ubuntu:noble-20240801\n"),
    on("FROM alpine:3.22\n"),
    on("FROM ubuntu:resolute\n", "Ubuntu 26.04 by its code name"),
    on("FROM golang:1.26-alpine3.24\n"),
    on("FROM ruby:4.0\n", "a line with no published end"),
    on("FROM eclipse-temurin:17-jdk-noble\n", "long-term Java lines are left open"),
    on("FROM postgres:16-alpine\n"),
    on("FROM redis:7.2\n", "a line the table does not list"),
    on("FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"),
    on("FROM myorg/python:3.6\n", "not the official image"),
    on("FROM python:3.12 AS base\nFROM base\n", "a stage is no image"),
    on("ARG TAG\nFROM python:${TAG}\n", "an unknown tag"),
    on("FROM scratch\n"),
    { name: "before the end date", code: "FROM python:3.9\n", options: [{ today: "2025-10-30" }] },
  ],
  invalid: [
    {
      name: "the data-science example",
      code: dataScienceDockerfile,
      options: today,
      errors: [{ messageId: "ended", message: /Python 3\.6 reached end of life on 2021-12-23/, line: 1, column: 6, endLine: 1, endColumn: 23 }],
      output: null,
    },
    {
      name: "on the end date itself",
      code: "FROM python:3.9\n",
      options: [{ today: "2025-10-31" }],
      errors: [{ messageId: "ended", line: 1, column: 6, endLine: 1, endColumn: 16 }],
      output: null,
    },
    {
      name: "the image's own line and the Debian of its variant",
      code: "FROM python:3.8-slim-buster\n",
      options: today,
      errors: [
        { messageId: "ended", message: /Python 3\.8 reached end of life on 2024-10-07/, line: 1, column: 6, endLine: 1, endColumn: 28 },
        { messageId: "endedBase", message: /built on Debian 10 \(buster\), which reached end of life on 2024-06-30/, line: 1, column: 6, endLine: 1, endColumn: 28 },
      ],
      output: null,
    },
    {
      name: "a supported language on an ended Alpine",
      code: "FROM node:22-alpine3.12\n",
      options: today,
      errors: [{ messageId: "endedBase", message: /Alpine Linux 3\.12, which reached end of life on 2022-05-01/, line: 1, column: 6, endLine: 1, endColumn: 24 }],
      output: null,
    },
    {
      name: "the tag through an ARG, in the second stage",
      code: "ARG NODE_VERSION=14\nFROM golang:1.22 AS build\nFROM node:${NODE_VERSION}-alpine\n",
      options: today,
      errors: [
        { messageId: "ended", message: /Go 1\.22 reached end of life on 2025-02-11/, line: 2, column: 6, endLine: 2, endColumn: 17 },
        { messageId: "ended", message: /Node\.js 14 reached end of life on 2023-04-30: `node:14-alpine`/, line: 3, column: 6, endLine: 3, endColumn: 33 },
      ],
      output: null,
    },
    {
      name: "OS images by number and by code name",
      code: "FROM debian:buster-slim\nFROM debian:10.13\nFROM ubuntu:18.04\nFROM ubuntu:bionic-20230530\nFROM alpine:3.12.1\nFROM centos:7\nFROM centos:centos8\nFROM fedora:34\n",
      options: today,
      errors: [
        { messageId: "ended", message: /Debian 10 \(buster\) reached end of life on 2024-06-30/, line: 1, column: 6, endLine: 1, endColumn: 24 },
        { messageId: "ended", line: 2, column: 6, endLine: 2, endColumn: 18 },
        { messageId: "ended", message: /Ubuntu 18\.04 \(bionic\) reached end of life on 2023-05-31/, line: 3, column: 6, endLine: 3, endColumn: 18 },
        { messageId: "ended", line: 4, column: 6, endLine: 4, endColumn: 28 },
        { messageId: "ended", message: /Alpine Linux 3\.12 /, line: 5, column: 6, endLine: 5, endColumn: 19 },
        { messageId: "ended", message: /CentOS 7 reached end of life on 2024-06-30/, line: 6, column: 6, endLine: 6, endColumn: 14 },
        { messageId: "ended", message: /CentOS 8 /, line: 7, column: 6, endLine: 7, endColumn: 20 },
        { messageId: "ended", message: /Fedora 34 /, line: 8, column: 6, endLine: 8, endColumn: 15 },
      ],
      output: null,
    },
    {
      name: "CUDA images: the Ubuntu they are built on",
      code: "FROM nvidia/cuda:11.3.1-cudnn8-runtime-ubuntu20.04\n",
      options: today,
      errors: [{ messageId: "endedBase", message: /Ubuntu 20\.04 \(focal\), which reached end of life on 2025-05-31/, line: 1, column: 6, endLine: 1, endColumn: 51 }],
      output: null,
    },
    {
      name: "CUDA 11.7 images, and the Ubuntu under them",
      code: "FROM nvidia/cuda:11.7.1-devel-ubuntu20.04\nFROM nvcr.io/nvidia/cuda:11.7.0-base-ubuntu22.04\n",
      options: today,
      errors: [
        { messageId: "ended", message: "CUDA 11.7 reached end of life on 2023-05-31: `nvidia/cuda:11.7.1-devel-ubuntu20.04` gets no security fixes. Move to a supported CUDA line.", line: 1, column: 6, endLine: 1, endColumn: 42 },
        { messageId: "endedBase", message: /Ubuntu 20\.04 /, line: 1, column: 6, endLine: 1, endColumn: 42 },
        { messageId: "ended", message: /^CUDA 11\.7 /, line: 2, column: 6, endLine: 2, endColumn: 49 },
      ],
      output: null,
    },
    {
      name: "lines the table added when it was checked against its sources",
      code: "FROM node:25-alpine\nFROM golang:1.24\nFROM ubuntu:plucky\nFROM ruby:3.2\n",
      options: today,
      errors: [
        { messageId: "ended", message: /Node\.js 25 reached end of life on 2026-06-01/, line: 1, column: 6, endLine: 1, endColumn: 20 },
        { messageId: "ended", message: /Go 1\.24 reached end of life on 2026-02-10/, line: 2, column: 6, endLine: 2, endColumn: 17 },
        { messageId: "ended", message: /Ubuntu 25\.04 \(plucky\) reached end of life on 2026-01-15/, line: 3, column: 6, endLine: 3, endColumn: 19 },
        { messageId: "ended", message: /Ruby 3\.2 reached end of life on 2026-04-01/, line: 4, column: 6, endLine: 4, endColumn: 14 },
      ],
      output: null,
    },
    {
      name: "languages and databases",
      code: "FROM ruby:2.7.8\nFROM php:7.4-fpm\nFROM openjdk:15-jdk\nFROM postgres:9.6.24-alpine\nFROM redis:5\nFROM python:2\nFROM node:fermium\nFROM jupyter/scipy-notebook:python-3.8.8\n",
      options: today,
      errors: [
        { messageId: "ended", message: /Ruby 2\.7 /, line: 1, column: 6, endLine: 1, endColumn: 16 },
        { messageId: "ended", message: /PHP 7\.4 /, line: 2, column: 6, endLine: 2, endColumn: 17 },
        { messageId: "ended", message: /Java 15 /, line: 3, column: 6, endLine: 3, endColumn: 20 },
        { messageId: "ended", message: /PostgreSQL 9\.6 /, line: 4, column: 6, endLine: 4, endColumn: 28 },
        { messageId: "ended", message: /Redis 5\.0 /, line: 5, column: 6, endLine: 5, endColumn: 13 },
        { messageId: "ended", message: /Python 2\.7 /, line: 6, column: 6, endLine: 6, endColumn: 14 },
        { messageId: "ended", message: /Node\.js 14 /, line: 7, column: 6, endLine: 7, endColumn: 18 },
        { messageId: "ended", message: /Python 3\.8 /, line: 8, column: 6, endLine: 8, endColumn: 41 },
      ],
      output: null,
    },
  ],
});
