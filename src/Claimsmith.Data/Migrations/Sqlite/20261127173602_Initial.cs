using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claimsmith.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberSequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequences", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Taxonomy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayerIdentifier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClaimFilingIndicator = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TimelyFilingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Facilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Facilities_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MiddleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patients_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Credentials = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Taxonomy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Providers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Providers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Coverages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlanName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    Subscriber_LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Subscriber_Sex = table.Column<int>(type: "INTEGER", nullable: true),
                    Subscriber_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Subscriber_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coverages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Coverages_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Coverages_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Encounters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RenderingProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttendingProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferringProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PriorAuthorization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FacilityTypeCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdmissionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdmissionHour = table.Column<int>(type: "INTEGER", nullable: true),
                    AdmissionType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdmissionSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DischargeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DischargeHour = table.Column<int>(type: "INTEGER", nullable: true),
                    PatientStatus = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Encounters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Encounters_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Encounters_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChargeLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    RevenueCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Modifier1 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier3 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier4 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Units = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    Charge = table.Column<long>(type: "INTEGER", nullable: false),
                    Pointer1 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer4 = table.Column<int>(type: "INTEGER", nullable: true),
                    Ndc = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    NdcQuantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: true),
                    NdcUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargeLines_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PayerClaimControlNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoverageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FacilityTypeCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PriorAuthorization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdmissionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdmissionHour = table.Column<int>(type: "INTEGER", nullable: true),
                    AdmissionType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdmissionSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DischargeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DischargeHour = table.Column<int>(type: "INTEGER", nullable: true),
                    PatientStatus = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProviderSignatureOnFile = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsAssignment = table.Column<bool>(type: "INTEGER", nullable: false),
                    BenefitsAssigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReleaseOfInformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    BillingProvider_LastNameOrOrganization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BillingProvider_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_Npi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_Taxonomy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_TaxId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BillingProvider_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    BillingProvider_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    RenderingProvider_LastNameOrOrganization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_Npi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_Taxonomy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_TaxId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RenderingProvider_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RenderingProvider_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AttendingProvider_LastNameOrOrganization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_Npi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_Taxonomy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_TaxId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendingProvider_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    AttendingProvider_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ReferringProvider_LastNameOrOrganization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_Npi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_Taxonomy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_TaxId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferringProvider_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ReferringProvider_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ServiceFacility_LastNameOrOrganization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_Npi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_Taxonomy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_TaxId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFacility_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ServiceFacility_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Payer_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payer_PayerIdentifier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payer_ClaimFilingIndicator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payer_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Payer_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Payer_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Payer_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Payer_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Subscriber_Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Subscriber_Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    Subscriber_MemberId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subscriber_GroupNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_PlanName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subscriber_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subscriber_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Subscriber_Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Subscriber_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Subscriber_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Subscriber_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Patient_AccountNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Patient_LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Patient_FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Patient_MiddleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Patient_BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Patient_Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Patient_Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Patient_Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Patient_Address_City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Patient_Address_State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Patient_Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Coverages_CoverageId",
                        column: x => x.CoverageId,
                        principalTable: "Coverages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClinicalDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicalDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClinicalDocuments_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EncounterDiagnoses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EncounterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PresentOnAdmission = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EncounterDiagnoses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EncounterDiagnoses_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimDiagnoses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PresentOnAdmission = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimDiagnoses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimDiagnoses_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LineControlNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    RevenueCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Modifier1 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier3 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier4 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Units = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    Charge = table.Column<long>(type: "INTEGER", nullable: false),
                    Pointer1 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer4 = table.Column<int>(type: "INTEGER", nullable: true),
                    Ndc = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    NdcQuantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: true),
                    NdcUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimLines_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimStatusChanges_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimLineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversesEntryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "NumberSequences",
                columns: new[] { "Name", "Value" },
                values: new object[] { "claim", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_EncounterId_Sequence",
                table: "ChargeLines",
                columns: new[] { "EncounterId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimDiagnoses_ClaimId_Sequence",
                table: "ClaimDiagnoses",
                columns: new[] { "ClaimId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_ClaimId_LineNumber",
                table: "ClaimLines",
                columns: new[] { "ClaimId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimStatusChanges_ClaimId_At",
                table: "ClaimStatusChanges",
                columns: new[] { "ClaimId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ClaimNumber",
                table: "Claims",
                column: "ClaimNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_CoverageId",
                table: "Claims",
                column: "CoverageId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_EncounterId",
                table: "Claims",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PatientId",
                table: "Claims",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PayerId",
                table: "Claims",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_ServiceFrom",
                table: "Claims",
                columns: new[] { "Status", "ServiceFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalDocuments_EncounterId",
                table: "ClinicalDocuments",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_Coverages_PatientId_Order",
                table: "Coverages",
                columns: new[] { "PatientId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Coverages_PayerId",
                table: "Coverages",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_EncounterDiagnoses_EncounterId_Sequence",
                table: "EncounterDiagnoses",
                columns: new[] { "EncounterId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_OrganizationId",
                table: "Encounters",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_PatientId_ServiceFrom",
                table: "Encounters",
                columns: new[] { "PatientId", "ServiceFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Facilities_OrganizationId",
                table: "Facilities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ClaimId_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "ClaimId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_PatientId_PostedAt",
                table: "LedgerEntries",
                columns: new[] { "PatientId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ReversesEntryId",
                table: "LedgerEntries",
                column: "ReversesEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name",
                table: "Organizations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_LastName_FirstName",
                table: "Patients",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_OrganizationId_AccountNumber",
                table: "Patients",
                columns: new[] { "OrganizationId", "AccountNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payers_PayerIdentifier",
                table: "Payers",
                column: "PayerIdentifier");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Npi",
                table: "Providers",
                column: "Npi");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_OrganizationId",
                table: "Providers",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "ChargeLines");

            migrationBuilder.DropTable(
                name: "ClaimDiagnoses");

            migrationBuilder.DropTable(
                name: "ClaimLines");

            migrationBuilder.DropTable(
                name: "ClaimStatusChanges");

            migrationBuilder.DropTable(
                name: "ClinicalDocuments");

            migrationBuilder.DropTable(
                name: "EncounterDiagnoses");

            migrationBuilder.DropTable(
                name: "Facilities");

            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropTable(
                name: "NumberSequences");

            migrationBuilder.DropTable(
                name: "Providers");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Coverages");

            migrationBuilder.DropTable(
                name: "Encounters");

            migrationBuilder.DropTable(
                name: "Payers");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "Organizations");
        }
    }
}
